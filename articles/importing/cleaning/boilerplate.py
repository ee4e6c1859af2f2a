"""Syndication boilerplate: "También puedes leer" teasers, photo credits,
subscription calls, link bullets and "Fuente:" lines.

The teaser rule (``split_teaser``). A teaser is a headline glued to the
real text: "También puedes leer: Federación da seguimiento a transición del
IMSS-Bienestar en Puebla El IMSS-Bienestar asumirá un papel…". Headlines
have no terminal punctuation, so the cut is made by words. The teaser ends
right before the first word, from the third word on, that:

* is a capitalised sentence opener (an article, determiner, preposition or
  adverb: "El", "La", "Durante", "Además"…) or a capitalised past-tense
  verb ("Destacó", "Informó"; headlines use the present tense), and
* does not follow a connector ("en", "de", "a", "la"…), because "en El
  Salvador" or "de La Paz" are names inside the headline, and
* starts at least three words of text.

An opener followed by a lower-case word, a number or an acronym ("El
IMSS-Bienestar asumirá", "Las autoridades") is a strong cut; one followed
by a capitalised word ("El Buen Fin") may be a proper name and is used only
when no strong cut exists. "Foto:" and a Markdown link also end a teaser.
With no cut at all, the whole paragraph is the teaser.
"""

import re

from people.naming import fold

from .broadcast import cut_inline_captions, is_player_caption
from .dates import is_relative_stamp
from .desk_notes import cut_inline_desk_notes, is_desk_note, is_noted_end
from .embeds import is_embed_chrome
from .syndication import syndication_note
from .text import is_rule

# Teaser phrases, one row per spelling ("Lee también: <headline>"); the
# separator after them is ":" or "|".
TEASER_PHRASES = (
    r"tambi[eé]n\s+(?:puedes|te\s+puede\s+interesar)\s+leer",
    r"tambi[eé]n\s+lee",
    r"lee\s+tambi[eé]n",
    r"leer\s+tambi[eé]n",
    r"puedes\s+leer",
    r"(?:tambi[eé]n\s+|esto\s+)?te\s+(?:puede|podr[ií]a|pudiera|va\s+a)\s+interesar",
    r"esto\s+te\s+interesa",
    r"(?:tambi[eé]n\s+)?te\s+puede\s+gustar",
    r"puede\s+interesarte",
    r"(?:tambi[eé]n\s+)?te\s+recomendamos",
    r"recomendamos",
    r"te\s+sugerimos",
    r"lee\s+m[aá]s",
    r"leer\s+m[aá]s",
    r"mira\s+tambi[eé]n",
    r"ve\s+tambi[eé]n",
    r"checa\s+tambi[eé]n",
    r"no\s+te\s+(?:lo\s+|la\s+|los\s+|las\s+)?pierdas",
    r"(?:notas?|noticias?|temas?|contenidos?|historias?)\s+relacionad[oa]s?",
    r"art[ií]culos?\s+relacionados?",
    r"relacionad[oa]s?",
    r"ent[eé]rate",
    r"sigue\s+leyendo",
    r"seguir\s+leyendo",
    r"para\s+saber\s+m[aá]s",
    r"para\s+que\s+no\s+te\s+(?:lo\s+|la\s+|los\s+|las\s+)?pierdas",
    r"quiz[aá]s?\s+te\s+(?:interese|pueda\s+interesar)",
    r"lea\s+tambi[eé]n",
    r"vea\s+tambi[eé]n",
    r"ver\s+tambi[eé]n",
    # «Lee además ► …», «Checa esto → …», «» Lectura recomendada: …»
    r"(?:lee|lea|mira|checa|ve|vea)\s+adem[aá]s",
    r"(?:checa|mira|lee|ve)\s+esto",
    r"lecturas?\s+recomendadas?",
    r"(?:notas?|art[ií]culos?|historias?)\s+recomendad[oa]s?",
    r"(?:te\s+)?recomendamos\s+leer",
    # «Podría interesarte →», «Te invitamos a leer:», «No dejes de leer |»
    r"(?:tambi[eé]n\s+)?podr[ií]a\s+interesarte",
    r"te\s+invitamos\s+a\s+leer",
    # «Ahora lee: «…»», «Ahora mira →»
    r"ahora\s+(?:lee|lea|mira|checa|ve)",
    r"no\s+dejes\s+de\s+leer",
    # A bilingual or English site's teaser («Read also / Lee también: …», «See also: …»).
    r"(?:read|see)\s+also(?:\s*/\s*(?:lee|lea|mira|ve)\s+tambi[eé]n)?",
    r"also\s+read",
    r"(?:lee|lea|mira|ve)\s+tambi[eé]n\s*/\s*(?:read|see)\s+also",
)
# Teaser words only with their separator (alone on a line they may be a real
# subheading or a word of the text): a bare verb («LEE: <headline>», «Mira | …»,
# «Checa: …», formal «Lea:», «Vea:») and context pointers («En contexto: …»).
SEPARATED_TEASER_PHRASES = (
    r"lee",
    r"lea",
    r"mira",
    r"checa",
    r"ve",
    r"vea",
    r"ver\s+m[aá]s",
    r"(?:lee|lea|mira|checa|ve|vea)\s+aqu[ií]",
    r"(?:en|para|m[aá]s)\s+contexto",
    r"para\s+entender(?:\s+m[aá]s)?",
    r"recomendad[oa]s?",
)
# What separates the phrase from its headline: "Lee también: …", "Te puede
# interesar | …", "Te puede interesar » …", "Para saber más → …", arrows
# ("Lee además ► …", "Relacionado ➜ …", "Te recomendamos >> …").
# A pointing emoji does the same («Te recomendamos 👉 …», «Lee también 👇»).
TEASER_SEPARATORS = ":|»→►▶➜➡⇒>👉👇➤▸⏩🔗⬇\ufe0f"
_TEASER_BODY = (
    r"(?:"
    + "|".join(TEASER_PHRASES + SEPARATED_TEASER_PHRASES)
    + r")\s*[*_]*\s*["
    + re.escape(TEASER_SEPARATORS)
    + r"]{1,2}\s*[*_]*\s*"
)
# Before the phrase: Markdown marks, or an emoji or arrow ("📌 Para que no te pierdas:");
# never a quote, a dialogue dash («—Mira: si no vienes…») or a table's bar («| Lee | 34 |»);
# a closing guillemet only as an arrow, a space after it («» Lectura recomendada: …»).
_TEASER_MARK = r"^[*_]*(?:[»›]\s+|[^\w\s¿¡*_#\[!\-\"“”«»'‘’(|—–]{1,3}\s*)?[*_]*"
_TEASER = re.compile(_TEASER_MARK + _TEASER_BODY, re.IGNORECASE)
# The phrase alone on its line, without a separator ("Mira también" over the
# headline's line).
_TEASER_LABEL_LINE = re.compile(
    # («Noticias relacionadas:» over its list: a colon may close the label)
    _TEASER_MARK + r"(?:" + "|".join(TEASER_PHRASES) + r")[*_]*:?[*_]*[ \t]*(?:\n|$)",
    re.IGNORECASE,
)
# The same phrase glued after a sentence of the real text, an arrow or an emoji
# before it («… la obra. » Lectura recomendada: …», «… dijo. 📌 Lee también: …»).
_GLUED_MARK = r"(?:[»›]\s+|[^\w\s¿¡*_#\[!\-\"“”«»'‘’(|—–.,;:]{1,3}\s*)?"
# A page's copy may lose the space after the stop («… dijo.Te puede interesar: …»): then
# the phrase must open with a capital right after the stop.
_GLUED_TEASER = re.compile(
    r"(?:(?<=[.!?…\"”»)])\s+" + _GLUED_MARK + r"[*_]*(?=[A-ZÁÉÍÓÚÑ*_])"
    r"|(?<=[.!?…])(?=(?-i:[A-ZÁÉÍÓÚÑ])))" + _TEASER_BODY,
    re.IGNORECASE,
)
_LEADING_LINK = re.compile(r"\[[^\]\n]{0,300}\]\([^)\s]{0,1000}(?:\s+\"[^\"\n]*\")?\)")
# «Crédito de imagen:», «Créditos de la foto:»: the credit's label naming what it credits.
_CREDIT_OF = (
    r"cr[eé]ditos?\s+(?:de\s+(?:la\s+)?|del\s+)?(?:im[aá]gen(?:es)?|fotos?|fotograf[ií]as?)"
)
# A bilingual credit's label, Spanish and English («Foto / Photo:», «Photo / Foto:»).
_BILINGUAL_CREDIT = r"fotos?\s*/\s*photos?|photos?\s*/\s*fotos?"
CAMERA_PICTOGRAPHS = r"(?:📸|📷)\ufe0f?\s*:?"
_CREDIT = re.compile(
    r"^[*_]*(?:(?:"
    + _BILINGUAL_CREDIT
    + "|"
    + _CREDIT_OF
    # «Photo: X / Archive»: an English edition's credit (never a sentence: a label, «:»)
    + r"|fotos?|fotograf[ií]as?|im[aá]gen(?:es)?|cr[eé]ditos?|photos?)"
    # or a camera's pictograph as the label («📸 Name / Outlet», the colon optional)
    r"[*_]*\s*:|" + CAMERA_PICTOGRAPHS + r")\s*[*_]*\s*(.{1,150}?)[*_\s]*$",
    re.IGNORECASE,
)
_CREDIT_INSIDE = re.compile(
    r"[.!?…]\s+[(\[]?(?:" + _BILINGUAL_CREDIT + r"|(?:fotos?|fotograf|im[aá]gen)\w*)\s*:", re.I
)
_CREDIT_WORD = re.compile(
    r"^[*_]*(?:" + _BILINGUAL_CREDIT + r"|fotos?|fotograf[ií]as?|imagen|cr[eé]dito|photos?)[*_]*:",
    re.I,
)
# Pitches and calls opening a paragraph (newsletters, apps, WhatsApp
# channels, social networks, reader contact): the paragraph goes.
PITCHES = (
    r"recuerda\s+suscribirte",
    # An English or bilingual site's call («Subscribe to our newsletter / Suscríbete …»).
    r"subscribe\s+to\s+(?:our|the)\s+(?:newsletter|channel|podcast|bulletin|updates)",
    r"sign\s+up\s+(?:for|to)\s+(?:our|the)\s+(?:newsletter|bulletin|updates)",
    # a newsletter platform's own pitch between or under the paragraphs («Thanks for
    # reading Tal! Subscribe for free to receive new posts…»)
    r"thanks\s+for\s+reading\s+(?-i:[A-ZÁÉÍÓÚÑ])",
    r"subscribe\s+(?:for\s+free|now|today|to\s+(?:receive|get))\b",
    r"suscr[ií]bete",
    # the formal call and a print subscription's contact («Suscríbase a la edición
    # impresa: …», «Suscripciones: suscripciones@…»)
    r"suscr[ií]b[ae]se|suscr[ií]banse",
    r"suscripciones\s*:",
    # the print edition a web copy ran in («Este artículo se publicó en la edición impresa
    # número 890 de …»)
    r"(?:este|el)\s+(?:art[ií]culo|texto|reportaje|material)\s+(?:se\s+public[oó]|apareci[oó])"
    r"\s+en\s+(?:la\s+)?edici[oó]n\s+impresa",
    r"s[ií]guenos\b",
    # a social post's pointer to the link in the account's profile («Nota completa en el
    # link de nuestra bio», «Link en la bio»)
    r"(?:(?:la\s+)?nota\s+completa|m[aá]s\s+informaci[oó]n|lee\s+m[aá]s)\s+en\s+(?:el\s+)?"
    r"(?:link|enlace)\s+de\s+(?:la|nuestra|mi)\s+bio\b",
    r"(?:link|enlace)\s+en\s+(?:la|nuestra|mi)\s+bio\b",
    r"sigue\s+(?:el|nuestro|nuestra)\s+(?:canal|cuenta|p[aá]gina)",
    r"[uú]nete\s+a\s+(?:nuestro|nuestra|el\s+canal)",
    r"[uú]nete\s+al\s+canal",
    r"ent[eé]rate\s+(?:primero|antes|al\s+instante|de\s+todo)",
    r"recibe\s+(?:las\s+|nuestr[oa]s?\s+|cada\s+|todas\s+|gratis\s+)?(?:noticias|newsletter|bolet[ií]n|\w+\s+ma[ñn]ana)",
    # «Recibe El Sol cada mañana en tu correo», «Recibe lo más leído en tu WhatsApp»
    r"recibe\s+(?:[^\s.]+\s+){0,4}?cada\s+(?:ma[ñn]ana|d[ií]a|semana|tarde|noche)\b",
    r"recibe\s+[^.!?\n]{0,80}?\ben\s+tu\s+(?:correo|celular|tel[eé]fono|bandeja|whatsapp|email|e-mail)\b",
    r"descarga\s+(?:la|nuestra|gratis)\s+app",
    r"lleva\s+las\s+noticias",
    r"activa\s+las\s+notificaciones",
    r"env[ií]a(?:nos)?\s+tus\s+(?:fotos|denuncias|videos|reportes|comentarios|opiniones|sugerencias)",
    r"para\s+(?:reportes|denuncias|quejas)",
    # The outlet's own contact line: what to write about, then where («Para
    # información, denuncias o publicidad escribe a … o llama al …»,
    # «Para anunciarte: ventas@…»); an e-mail, a phone or a call to write follows.
    r"para\s+(?:[^\W\d_]+(?:\s*,\s*|\s+[yo]\s+)){0,3}"
    r"(?:publicidad|anuncios|anunciarte|anunciarse|suscripciones|sugerencias|denuncias|reportes)\b"
    r"(?=[^\n]{0,120}?(?:[\w.+-]+@[\w-]+\.|\d{2,3}[ .-]?\d{3,4}[ .-]?\d{4}|\bwhats\s?app\b"
    r"|\bescr[ií]b|\bll[aá]m|\bcomun[ií]ca|\bcont[aá]cta))",
    r"escr[ií]benos",
    # a broadcaster's sign-off: «Seguiremos informando…», «Seguimos con más noticias…»
    r"seguiremos\s+informando\b",
    r"seguimos\s+con\s+m[aá]s\s+(?:noticias|informaci[oó]n)\b",
    # a station's own line: «Radio Sur transmite por el 98.3 FM y en línea en …»
    r"(?=\S)[^\n.!?]{0,60}?\btransmit(?:e|imos)\s+(?:por|en)\s+el\s+\d{2,4}(?:\.\d)?\s*(?:FM|AM)\b",
    # a newscast's schedule: «Noticias Nueve se transmite de lunes a viernes a las 14:00…»
    r"(?=\S)[^\n.!?]{0,60}?\bse\s+transmite\s+(?:de\s+lunes|los\s+(?:lunes|martes|mi[eé]rcoles|"
    r"jueves|viernes|s[aá]bados|domingos)|todos\s+los\s+d[ií]as|diariamente|a\s+las\s+\d)",
    # the same schedule under the web copy of what aired: «Esta nota se transmitió en el
    # noticiero …, de lunes a viernes …»
    r"(?:esta|la)\s+(?:nota|informaci[oó]n|entrevista|c[aá]psula|cr[oó]nica)\s+se\s+transmiti[oó]"
    r"\s+(?:en|por)\s+(?:el|la)\s+(?:noticiero|programa|emisi[oó]n|barra|espacio)\b",
    r"con\s+(?:informaci[oó]n|datos)\s+de\b",  # «Con datos de la Coordinación…»
    r"m[aá]ndanos\b",
    r"mantente\s+informad[oa]",
    # «Sigue a El Sol en Google Noticias», «Sigue a El Sol en nuestro canal de WhatsApp»
    r"sigue\s+a\s+[^.\n]{1,60}?\s+en\s+(?:(?:nuestr[oa]s?|su|sus)\s+(?:canal|cuenta|p[aá]gina|perfil"
    r"|grupo|comunidad)(?:es|s)?\s+(?:de|en)\s+)?"
    r"(?:google|whatsapp|telegram|facebook|instagram|tiktok|youtube|x)\b",
    r"comparte\s+esta\s+(?:nota|noticia|informaci[oó]n)",
    r"lee\s+la\s+(?:nota|noticia|historia)\s+completa",
    # The paper's own edition offered to the reader («Lee la edición completa en nuestra
    # versión digital», «Lee nuestra edición impresa en…»).
    r"lee\s+(?:la|nuestra)\s+(?:edici[oó]n|versi[oó]n)\s+(?:completa|impresa|digital)\b",
    r"lee,?\s+comenta\s+y\s+comparte\b",
    # The paper on sale («Esta nota forma parte de nuestra edición impresa», «Encuentra El
    # Sol en los puestos de periódicos…», «Adquiere El Sol impreso en tu tienda…»).
    r"(?:esta|la)\s+(?:nota|informaci[oó]n|historia|cr[oó]nica|entrega)\s+(?:forma\s+parte\s+de"
    r"|se\s+public[oó]\s+en|aparece\s+en)\s+nuestra\s+edici[oó]n\s+impresa\b",
    r"encu[eé]ntra(?:nos)?\s+[^.\n]{0,60}?\ben\s+(?:los\s+)?puestos\s+de\s+(?:peri[oó]dicos|revistas)\b",
    r"adquiere\s+[^.\n]{0,60}?\b(?:impres[oa]|edici[oó]n\s+impresa|ejemplar)\b",
    # «Si te gustó esta nota, compártela»: the outlet's call closing the story.
    r"si\s+te\s+gust[oó]\s+(?:esta|este)\s+(?:nota|art[ií]culo|texto|contenido|publicaci[oó]n"
    r"|historia|reportaje)\b",
    # The reader sent to the rest of the story elsewhere («Sigue leyendo en nuestra edición
    # digital», «Continúa leyendo en elsol.mx», «Sigue leyendo la nota completa en…»).
    r"(?:sigue|contin[uú]a)\s+leyendo\s+(?:en|la\s+(?:nota|noticia|historia))\b",
    r"termina\s+de\s+leer\s+(?:en|la\s+(?:nota|noticia|historia))\b",
    r"desc[aá]rga(?:la|nos)\b",
    r"m[aá]s\s+noticias\s+en\s+nuestra\s+app\b",
    # «Haz clic aquí y recibe…», «Da clic para…», «Descarga gratis nuestra aplicación»,
    # «Escucha nuestro podcast», «Activa la campanita», «Dale like…»,
    # «Apoya el periodismo independiente», «Sigue la cobertura en nuestro sitio».
    r"(?:haz|da|dale)\s+cl[ií]c\b",
    r"descarga\s+(?:gratis\s+)?(?:la|nuestra)\s+(?:app|aplicaci[oó]n)\b",
    r"escucha\s+(?:nuestro|el)\s+p[oó]dcast\b",
    # «Escucha cada lunes nuestro pódcast…», «Escucha «Voz del Valle», el pódcast de…»,
    # «En el episodio más reciente de «Plaza», nuestro pódcast semanal, platicamos…».
    r"esc[uú]cha(?:nos|lo)?\s+(?:[^\s.]+\s+){0,3}?(?:nuestro|el)\s+p[oó]dcast\b",
    r"esc[uú]cha(?:nos|lo)?\s+[«\"“][^»\"”\n]{2,60}[»\"”]\s*,\s*(?:el|nuestro)\s+p[oó]dcast\b",
    r"en\s+(?:el|nuestro)\s+(?:[^\s.]+\s+){0,3}?(?:episodio|cap[ií]tulo)\b[^.\n]{0,120}?\bp[oó]dcast\b",
    r"activa\s+la\s+campanita\b",
    r"dale\s+(?:like|me\s+gusta)\b",
    r"apoya\s+(?:el|al|nuestro)\s+periodismo\b",
    # The outlet asking its readers for money («Apoya nuestro trabajo: haz un donativo
    # en …», «Haz tu aportación a este medio», «Hazte socio de …», «Súmate a nuestra
    # comunidad», «Tu donativo hace posible…»): the outlet's own call, never news (a
    # campaign's «haz tu donativo en las cajas…» names no site and no «nosotros»).
    r"ap[oó]ya\s+(?:nuestr[oa]|este)\s+(?:trabajo|labor|proyecto|periodismo|medio|cobertura"
    r"|sitio|esfuerzo)\b",
    r"ap[oó]yanos\s+(?:con|a\s+seguir|para\s+seguir)\b",
    r"(?:haz|realiza|env[ií]a(?:nos)?)\s+(?:un|tu|una)\s+(?:donativo|donaci[oó]n|aportaci[oó]n)\b"
    r"(?=[^\n]{0,120}?(?:\bnos\b|\bnuestr[oa]s?\b|\bay[uú]da(?:nos)?\b|\beste\s+medio\b"
    r"|https?://|\b[\w-]+(?:\.[\w-]+)+/))",
    r"(?:hazte|vu[eé]lvete)\s+(?:miembro|socio|socia|suscriptor|suscriptora|mecenas"
    r"|patrocinador|patrocinadora|donante)\b",
    r"s[uú]mate\s+a\s+(?:nuestra|la)\s+(?:comunidad|membres[ií]a)\b",
    # A fact-checker's call for claims to check («¿Viste algo dudoso? Envíanoslo por
    # WhatsApp al … y lo verificamos»).
    r"env[ií]a(?:nos)?(?:lo|la|los|las)\s+(?:a|al|por|en)\s+(?:nuestr[oa]\s+|el\s+)?"
    r"(?:whats\s?app|correo|mail|inbox|dm|mensaje|n[uú]mero|\d)",
    # The outlet describing itself under the story («X es un colectivo independiente de
    # periodistas…», «X es una publicación independiente financiada por sus lectores»).
    r"(?=[A-ZÁÉÍÓÚÑ])[^\n.!?]{2,60}?\s+es\s+(?:un|una)\s+(?:medio|colectivo|publicaci[oó]n"
    r"|portal|sitio|revista|bolet[ií]n|peri[oó]dico|semanario|proyecto\s+period[ií]stico)\s+"
    r"(?:(?:de\s+periodistas|digital|informativo)\s+)?(?:independiente|comunitari[oa]|sin\s+fines"
    r"\s+de\s+lucro|financiad[oa]\s+por\s+(?:sus|nuestr[oa]s)\s+lector)",
    # A writer's own tip jar («Si te gusta lo que escribo, invítame un café: ko-fi…»).
    r"si\s+te\s+gusta\s+lo\s+que\s+(?:escribo|hago|hacemos|publico|publicamos|lees)\b"
    r"[^\n]{0,60}?\b(?:inv[ií]ta|ap[oó]ya|dona|regal|caf[eé]|ko-?fi|patreon|paypal)",
    r"inv[ií]ta(?:me|nos)\s+un\s+caf[eé]\b",
    r"dona\s+(?:aqu[ií]|ahora|hoy|en\s+l[ií]nea)\b",
    r"tu\s+(?:donativo|donaci[oó]n|aportaci[oó]n|apoyo)\s+(?:nos\s+(?:permite|ayuda)|hace\s+posible)\b",
    r"sigue\s+(?:toda\s+)?(?:la\s+)?(?:informaci[oó]n|cobertura)\b[^.\n]{0,60}?\ben\s+nuestr[oa]s?\b",
    # «Manda tu denuncia al WhatsApp…», «Visita nuestro sitio…», «Encuéntranos en Facebook
    # como…», «Te invitamos a seguirnos en Instagram», «Para más noticias visita…».
    r"manda(?:nos)?\s+tus?\s+(?:denuncias?|fotos?|videos?|reportes?|quejas?)\b",
    r"vis[ií]ta(?:nos\b|\s+nuestr[oa]s?\s+(?:sitio|p[aá]gina|portal|canal|redes)\b)",
    r"encu[eé]ntranos\s+en\b",
    r"te\s+invitamos\s+a\s+(?:seguirnos|suscribirte|descargar)\b",
    r"para\s+m[aá]s\s+(?:noticias|informaci[oó]n|notas)\s+(?:visita|entra|consulta|s[ií]guenos)\b",
    # the post's pointer to the outlet's site («👉 Más información en elsol.example.mx»,
    # «Nota completa en www.…»): a web address and nothing after it
    r"(?:m[aá]s\s+(?:informaci[oó]n|detalles)|(?:la\s+)?nota\s+completa)\s*(?:en|:)\s+"
    r"(?:https?://|www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?\s*$",
    # A question that is itself the pitch: «¿Ya te suscribiste a nuestro boletín?»,
    # «¿Ya estás en nuestro canal de WhatsApp?», «¿Ya descargaste nuestra app?»
    r"¿\s*(?:ya\s+)?(?:te\s+suscribiste|est[aá]s\s+suscrit[oa]|nos\s+sigues)\b",
    # «¿Ya sigues a El Sol en TikTok?», and the handle to look for («Búscanos como @…»)
    r"¿\s*(?:ya\s+)?sigues\s+a\s+[^?\n]{1,60}?\s+en\s+(?:facebook|instagram|tiktok|x|twitter|youtube"
    r"|whats\s?app|telegram|threads)\b",
    r"b[uú]scanos\s+(?:como|en)\b",
    # A newsletter's sign-off naming itself («Gracias por leer El Sol de la Mañana.»,
    # «Gracias por leernos»): the sentence ends with the name, no quote, no lower-case word.
    r"gracias\s+por\s+leernos\b"
    r"|gracias\s+por\s+leer\s+(?-i:[A-ZÁÉÍÓÚÑ])[^\s.!?,;:»”\"]*"
    r"(?:\s+(?:(?-i:[A-ZÁÉÍÓÚÑ])|de\b|del\b|la\b|el\b|en\b)[^\s.!?,;:»”\"]*){0,5}(?:[.!](?=\s|$)|\s*$)",
    r"¿\s*(?:ya\s+)?(?:est[aá]s\s+en|conoces|recibes|descargaste|escuchaste)\s+nuestr[oa]s?\s+"
    r"(?:bolet[ií]n|newsletter|canal|app|aplicaci[oó]n|p[oó]dcast)\b",
    # «¿Ya recibes «El Valle en 5»?»: a newsletter named in quotes.
    r"¿\s*(?:ya\s+)?(?:recibes|lees|escuchas|conoces)\s+[«\"“][^»\"”\n]{2,60}[»\"”]\s*\?",
    # A station's schedule pitch: a call to watch or listen, then when or where it airs
    # («Mira la emisión completa a las 21:00 h», «Escucha Primera Emisión de lunes a
    # viernes», «Sigue la cobertura completa en …, por el canal 8.1»).
    # «Escúchanos de lunes a viernes en el 98.7 FM»: the station's own call, its dial.
    r"(?:mira|m[ií]ranos|escucha|esc[uú]chanos|sintoniza|sinton[ií]zanos|sigue|no\s+te\s+pierdas)"
    r"\s+[^\n]{0,80}?"
    r"(?:\bde\s+lunes\s+a\s+(?:viernes|s[aá]bado|domingo)\b|\bpor\s+el\s+(?:canal\s+)?\d"
    r"|\b(?:en\s+el\s+)?\d{2,4}(?:\.\d)?\s*(?:FM|AM)\b"
    r"|\b(?:la|nuestra)\s+(?:emisi[oó]n|transmisi[oó]n|cobertura)\s+(?:completa|en\s+vivo)\b"
    # a podcast's: «Escucha Tal cada jueves en tu aplicación de podcasts favorita»
    r"|\ben\s+tu\s+(?:aplicaci[oó]n|app|plataforma)\s+(?:de\s+p[oó]dcasts?\s+)?favorita\b)",
    # A blogger's word to the blog's readers closing a post («Gracias por leer este blog»,
    # «Feliz año a todos los que visitan esta bitácora»): to the page's readers, not news.
    r"(?:gracias\s+por\s+(?:leer|visitar|seguir)"
    r"|(?:feliz|felices|pr[oó]sper[oa]s?)\s+[^.!?\n]{2,40}?\s+a\s+(?:todos\s+)?(?:los\s+que|quienes)"
    r"\s+(?:leen|visitan|siguen))\s+(?:este|esta|mi|nuestr[oa])\s+(?:blog|bit[aá]cora|sitio|espacio)\b",
)
# Before the pitch: Markdown marks, an emoji or arrow, a question
# ("¿Ya conoces nuestro boletín? Recibe…").
# Cheap test before looking for pitch sentences inside a paragraph: a pitch's words,
# grouped by their first letter. Only whether one occurs is asked
# (``strip_boilerplate``), and the engine then tries a group's tails only where its
# letter stands; the 60 words side by side were each tried at every word of every
# paragraph, 2.3 times as long on the bench's paragraphs.
_PITCH_WORD = re.compile(
    r"\b(?:"
    r"s(?:[ií]gue|uscr|ubscr|e\s+public[oó]|i\s+te\s+gust|inton|[uú]mate|eguiremos\s+inform"
    r"|eguimos\s+con|igues)"
    r"|d(?:escarga|esc[aá]rga|ale|ona\s)"
    r"|r(?:ecibe|ecibes|eenviaron)"
    r"|[uú]nete"
    r"|l(?:leva|ee\s+la|ee\s+nuestra|ee,|eyendo)"
    r"|a(?:ctiva|dquiere|parece\s+en|p[oó]ya)"
    r"|e(?:nv[ií]a|scr[ií]b|ncu[eé]ntra|nt[eé]rate|scucha|sc[uú]chalo|sc[uú]chanos)"
    r"|c(?:on\s+informaci|on\s+datos|omparte|l[ií]c)"
    r"|f(?:orma\s+parte|eliz|elices)"
    r"|m(?:anda|[aá]ndanos|antente|[aá]s\s+noticias|[aá]s\s+(?:informaci|detalles)|ira|[ií]ranos)"
    r"|v(?:is[ií]ta|u[eé]lvete)"
    r"|t(?:hanks\s+for|e\s+invitamos|u\s+(?:don|aport|apoyo)|ermina\s+de\s+leer|ransmit)"
    r"|p(?:ara\s+m[aá]s|[oó]dcast|r[oó]sper)"
    r"|no\s+te\s+pierdas|nota\s+completa|b[uú]scanos|hazte|gracias\s+por|inv[ií]ta|(?:haz|realiza)\s+(?:un|una|tu)\s"
    r"|\bes\s+una?\s+(?:medio|colectivo|publicaci|portal|sitio|revista|bolet|peri[oó]dico"
    r"|semanario|proyecto)"
    r"|\s+bio\b)",
    re.IGNORECASE,
)
# A clause telling the reader what the pitch is for, before it («Para no perderte nada,
# descarga la app…», «Si quieres estar al día, suscríbete…», «Para estar informado, …»).
PITCH_LEADS = (
    r"para\s+no\s+perderte\b",
    r"para\s+(?:estar|mantenerte)\s+(?:al\s+d[ií]a|informad[oa]|enterad[oa])\b",
    r"para\s+(?:enterarte|recibir|seguir)\b",
    r"si\s+(?:quieres|deseas|te\s+interesa)\b",
    r"si\s+tienes\s+(?:informaci[oó]n|fotos|videos|alg[uú]n\s+reporte|una\s+denuncia)\b",
    r"no\s+te\s+pierdas\s+nada\b",
    # a newsletter's reader who got it forwarded («Si te reenviaron este correo, suscríbete…»)
    r"si\s+te\s+(?:reenviaron|compartieron|mandaron|pasaron)\s+(?:este|esta)\s+(?:correo|bolet[ií]n"
    r"|newsletter|mensaje|e-?mail|entrega)\b",
)
_PITCH_LEAD = r"(?:(?:" + "|".join(PITCH_LEADS) + r")[^,.!?\n]{0,60},\s*+)?"
# The channel a pitch is for, as its label before it («Newsletter: Recibe cada mañana…»,
# «WhatsApp | Únete a nuestro canal»), folded; a row per channel.
PITCH_LABELS = (r"newsletter", r"bolet[ií]n", r"whats\s?app", r"telegram", r"app", r"p[oó]dcast")
_PITCH_LABEL = r"(?:(?:" + "|".join(PITCH_LABELS) + r")\s*+[:|]\s*+)?"
_SUBSCRIBE = re.compile(
    # «¡Únete a nuestro canal…!»: an exclamation mark may open it. Possessive runs of
    # spaces (no pitch opens with one): with plain ones, a paragraph opening with 400
    # spaces took 7 s (each run could be split between them in cubically many ways).
    r"^[#*_\s]*+(?:[^\w\s¿¡]{1,3}\s*+)?(?:¿[^?\n]{1,120}\?[*_]*+\s*+)?¡?\s*+"
    + _PITCH_LABEL
    + _PITCH_LEAD
    + r"¡?\s*+(?:"
    + "|".join(PITCHES)
    + ")",
    re.IGNORECASE,
)
# Pitches that name the outlet itself («Descarga la app de La Voz del Puerto en iOS»,
# «Suscríbete al boletín de El Sol»): the outlet of a story that names it nowhere else.
OUTLET_PITCHES = tuple(
    re.compile(
        r"^\W{0,4}\s*" + pattern + r"\s+(?P<name>[A-ZÁÉÍÓÚÑ][^\n.,:;!?]{1,60}?)"
        r"(?:\s+(?:en|para|y|desde)\b[^\n]*)?[.!]?$"
    )
    for pattern in (
        r"(?i:descarga\s+(?:gratis\s+)?(?:la\s+)?(?:app|aplicaci[oó]n)\s+de)",
        r"(?i:suscr[ií]bete\s+(?:al\s+(?:bolet[ií]n|newsletter)\s+de|a))",
        r"(?i:s[ií]gue\s+a)",
    )
)


def pitch_outlet(pitch: str) -> str:
    """The outlet a removed pitch names as itself, or ""."""
    for pattern in OUTLET_PITCHES:
        if len(pitch) <= 160 and (match := pattern.match(pitch.strip())):
            return match.group("name").strip()
    return ""


# Headings of a block of other headlines: the block goes.
HEADLINE_BLOCKS = frozenset(
    {
        "mas noticias",
        "otras noticias",
        "otras notas",
        "mas notas",
        "lo mas popular",
        "lo mas leido",
        "lo mas visto",
        "notas relacionadas",
        # a blog platform's list under a post (WordPress: «Entradas relacionadas»)
        "entradas relacionadas",
        "publicaciones relacionadas",
        "articulos relacionados",
        "boletines relacionados",
        "comunicados relacionados",
        "te recomendamos",
        "tambien te recomendamos",
        "mas informacion",
        "ultimas noticias",
        "sobre el tema",
        "mas del tema",
        "del mismo tema",
        "notas sobre el tema",
        "lo ultimo",
        "lo mas reciente",
        "mas leidas",
        "notas recomendadas",
        "te recomendamos estas notas",
        "tambien te puede interesar",
        # a site's recommendation widget: «Recomendados para ti», «Recomendaciones para ti»
        "recomendados para ti",
        "recomendado para ti",
        "recomendaciones para ti",
        "recomendamos para ti",
        "seleccionados para ti",
    }
)
# Paragraphs left by an ad slot or an embed that did not render: never body.
PLACEHOLDERS = frozenset(
    {
        "publicidad",
        "anuncio",
        "continua leyendo despues de la publicidad",
        "la nota continua despues de la publicidad",
        "ver esta publicacion en instagram",
        "ver esta publicacion en facebook",
    }
)
# A notice of the story in another language («Esta nota también está disponible en
# inglés», «Read this story in English», «Lee esta nota en maya»): a link to another
# edition, never text. Folded, matched whole (a Markdown link's text, its brackets off).
LANGUAGE_EDITIONS = tuple(
    re.compile(pattern)
    for pattern in (
        r"(?:esta|la) (?:nota|noticia|historia|publicacion|entrada|cronica|informacion)"
        r" (?:tambien )?(?:esta |se encuentra )?disponible en [\w ,'’()]{3,80}",
        # a pointer to the audio in another language: «Escucha esta nota en tu'un savi (mixteco)
        # en la sección de audios»
        r"(?:escucha|escuchala|oye) (?:esta|la) (?:nota|noticia|historia|capsula)"
        r" en [\w ,'’()]{3,120}",
        r"(?:lee|leer|consulta|ver) (?:esta|la) (?:nota|noticia|historia|publicacion)"
        r"(?: completa)? en (?:ingles|espanol|maya|nahuatl|zapoteco|mixteco|otras lenguas)"
        r"[\w ,]{0,60}",
        r"(?:version|disponible) en (?:ingles|espanol|maya|nahuatl|zapoteco|mixteco)",
        r"(?:read|view) (?:this|the) (?:story|article|post|note)(?: in full)? in [a-z ]{3,40}",
        r"(?:also )?available in (?:english|spanish)[a-z ,]{0,40}|english version|en espanol",
    )
)
_LINK_TEXT = re.compile(r"^\[([^\]\n]{1,200})\]\([^)\s]{0,500}\)$")
_INLINE_LINK = re.compile(r"(?<!!)\[([^\[\]\n]{1,200})\]\([^()\s]{0,500}\)")
_LINKED_CHROME_MAX = 600  # a chrome line's words with the addresses its links hold
_LINK_AFTER_LABEL = re.compile(r":\s*[*_]*\[[^\]\n]{1,200}\]\([^)\s]{0,500}\)[*_]*$")


# A summary of the story's version in another language appended under it, opened by a
# label that says so («**Resumen (versión en español de la cápsula en tu'un savi):**
# …», «Síntesis traducida del zapoteco: …»): folded, matched at the paragraph's start,
# a row per wording. The other edition's summary, not the story.
TRANSLATED_SUMMARIES = tuple(
    re.compile(pattern)
    for pattern in (
        r"(?:resumen|sintesis|traduccion)[^:\n]{0,40}?"
        r"\b(?:version en|traducid[oa]s? (?:del|de la|al|por)|en espanol d|al espanol)"
        r"[^:\n]{0,160}:",
    )
)
_TRANSLATED_SUMMARY_MAX = 1500


def is_language_edition(paragraph: str) -> bool:
    """A notice of the story in another language, alone in its paragraph, or the
    translated summary of that other edition under a label."""
    if len(paragraph) <= _TRANSLATED_SUMMARY_MAX:
        head = " ".join(fold(paragraph.lstrip("*_ ")[:240]).split())
        if any(pattern.match(head) for pattern in TRANSLATED_SUMMARIES):
            return True
    text = _LEADING_SYMBOLS.sub("", paragraph.strip()).strip("*_ ")  # «🎧 Escucha…»
    if not text or len(text) > 300 or "\n" in text:
        return False
    if link := _LINK_TEXT.match(text):
        text = link.group(1).strip("*_ ")
    elif tail := _LINK_AFTER_LABEL.search(text):
        text = text[: tail.start()]  # «Read this story in English: [Title](/en/…)»
    folded = " ".join(fold(text).strip(".!:;() ").split())
    return any(pattern.fullmatch(folded) for pattern in LANGUAGE_EDITIONS)


# The head of an agency's copy resold to papers: its embargo («EMBARGO: No publicar antes
# de las 18:00 horas del 11 de marzo de 2024», «Embargado hasta las 00:01 h del 14 de
# agosto») and its slug (the agency's key for the item, «ABC-SIN-0311-PRESAS», with its
# word count «/ 412 palabras»): the agency's instructions to its clients, never the story.
_EMBARGO = re.compile(
    r"^(?:embarg(?:o|ad[oa])|bajo embargo|con embargo)\b(?:\s*:|\s+hasta\b|\s+para\b)"
    r"|^no (?:publicar|difundir|transmitir) (?:antes|hasta)\b"
)
_SLUG_PART = r"[A-ZÁÉÍÓÚÑ0-9]{2,14}"
_WIRE_SLUG = re.compile(
    r"^(?P<slug>" + _SLUG_PART + r"(?:-" + _SLUG_PART + r"){1,6})"
    r"(?:\s*[/|·•]\s*(?P<count>\d{2,5}\s+(?:palabras|words|caracteres)))?$"
)


# An agency's notice to its clients under the copy: a correction or an advisory, its
# label first («CORRECCIÓN (18:42 h): En la versión enviada… Favor de sustituir.», «NOTA
# A LOS EDITORES: …», «AVISO A CLIENTES: …»), and an instruction to the desk in it (to
# replace, to repeat, a version sent): for the papers' desks, not their readers (a
# paper's own «Fe de erratas» to its readers has none of those words, and stays).
_CLIENT_NOTICE = re.compile(
    r"^\W{0,3}(?:correccion|correcion|rectificacion|aclaracion|nota (?:a|para) (?:los )?"
    r"(?:editores|clientes|suscriptores|abonados)|aviso (?:a|para) (?:los )?"
    r"(?:editores|clientes|suscriptores|abonados))\b[^:\n]{0,30}:"
)
_CLIENT_INSTRUCTION = re.compile(
    r"\b(?:favor de (?:sustituir|reemplazar|corregir|tomar nota)|sustituir (?:la|el) (?:version|"
    r"despacho|nota)|se repite (?:corregid|complet)|(?:version|despacho) (?:enviad[oa]"
    r"|transmitid[oa]))"
)
_CLIENT_NOTICE_MAX = 800


def is_client_notice(paragraph: str) -> bool:
    """An agency's correction or advisory to its clients («CORRECCIÓN (18:42 h): …
    Favor de sustituir.»)."""
    folded = fold(paragraph.strip().strip("*_ "))
    return (
        len(folded) <= _CLIENT_NOTICE_MAX
        and bool(_CLIENT_NOTICE.match(folded))
        and bool(_CLIENT_INSTRUCTION.search(folded))
    )


def is_embargo_line(line: str) -> bool:
    text = line.strip().strip("*_ ")
    return len(text) <= 200 and bool(_EMBARGO.match(fold(text)))


def is_wire_slug(line: str) -> bool:
    """An agency's slug alone on its line: three parts or more, two of them words
    («ABC-SIN-0311-PRESAS»), or any code followed by a word count; never a release's
    number («SSEP/318/2023», «CS-071-2024»: one word)."""
    text = line.strip().strip("*_ ")
    match = _WIRE_SLUG.match(text) if len(text) <= 80 else None
    if not match:
        return False
    parts = match.group("slug").split("-")
    words = [part for part in parts if not any(c.isdigit() for c in part)]
    return bool(match.group("count")) or len(words) >= 3


# A CMS's update stamp left in the text ("Last updated: Mar 9, 2024 08:15 AM",
# "Última actualización: 09/03/2024"): not the story's date, not body.
CMS_STAMPS = (
    r"(?:last\s+)?updated(?:\s+on)?",
    r"published(?:\s+on)?",
    # «Posted on October 3, 2022 by admin», «Last modified: 02/22/2022», «Edited 03/05/2024»
    r"posted(?:\s+on)?",
    r"(?:last\s+)?(?:modified|edited)(?:\s+on)?",
    r"[uú]ltima\s+(?:actualizaci[oó]n|modificaci[oó]n|edici[oó]n)",
    r"actualizad[oa](?:\s+el)?",
    r"modificad[oa](?:\s+el)?",
)
_CMS_STAMP = re.compile(
    r"^[*_]*(?:" + "|".join(CMS_STAMPS) + r")\s*:?\s*[^\n]{0,40}\d[^\n]{0,30}(?<![.!?])$",
    re.IGNORECASE,
)
# Headings of a block of headlines that name the outlet: "TAMBIÉN EN ALTIPLANO
# DIGITAL", "Más de El Sol" (folded, checked after HEADLINE_BLOCKS).
HEADLINE_BLOCK_PATTERNS = tuple(
    re.compile(pattern)
    for pattern in (
        r"tambien en [\w .]{2,60}",
        r"mas (?:de|en) [\w .]{2,60}",
        # «Más noticias de El Sol:», «Otras notas en Enlace Capital», «Lo último de El Sol».
        r"(?:mas|otras|ultimas) (?:noticias|notas|historias) (?:de|del|en) [\w .]{2,60}",
        r"lo (?:ultimo|mas leido|mas visto) (?:de|del|en) [\w .]{2,60}",
        # «Más sobre el tema», «Más sobre este caso», «Lee más sobre el tema».
        r"(?:lee |leer )?mas sobre (?:el|este|ese|la|esta|esa) (?:tema|caso|asunto|historia)",
    )
)
# A paragraph of nothing but contact data: an e-mail or a handle.
_CONTACT_ONLY = re.compile(r"^[*_\s]*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,})[*_.\s]*$")
# Or a line of labelled contact data: «Contacto: redaccion@sitio.example | WhatsApp 555 010
# 0199», «TikTok: @sitio · Instagram: @sitio.mx», «Tel. (961) 555 0101 / @sitio».
_CONTACT_VALUE = (
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail
    r"|@[\w.]{2,40}"  # handle
    r"|\+?\(?\d[\d ().-]{6,18}\d"  # phone
    r"|(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?-i:[a-z]{2,})(?:/\S*)?"  # address
    r"|/[\w.]{3,40}"  # a page's name («Facebook: /DiarioDelLlano»)
)
# Before a value: a label with a colon («Contacto:», «Correo electrónico:») or a channel's
# name («WhatsApp 555 010 0199», «Tel. (492) 555 0101»); «Informes al 555…» is text.
CONTACT_CHANNELS = (
    r"whatsapp",
    r"tel(?:s|[eé]fonos?)?",
    r"cel(?:ular)?",
    r"correo(?:\s+electr[oó]nico)?",
    r"e-?mail",
    r"facebook|instagram|tiktok|youtube|telegram|twitter|threads|x",
    r"web|sitio(?:\s+web)?|p[aá]gina(?:\s+web)?",
)
_CONTACT_PART = re.compile(
    r"[*_]*(?:(?:[^\W\d_][\w.]*(?:\s+[\w.]+){0,2}\s*:|(?:" + "|".join(CONTACT_CHANNELS) + r")\.?)"
    r"\s*)?[*_]*(?:" + _CONTACT_VALUE + r")[*_.]*",
    re.IGNORECASE,
)
_CONTACT_SEPARATOR = re.compile(r"\s+[|·•/]\s+|\s*\n\s*")
_CONTACT_MAX = 200


def _may_be_contact(text: str) -> bool:
    """Holds an «@», «/», «.» or a digit: what every contact value has. The substring
    tests first (most short paragraphs hold a stop), the character loop last."""
    return "." in text or "@" in text or "/" in text or any(c.isdigit() for c in text)


def is_contact_only(paragraph: str) -> bool:
    """A short paragraph of nothing but contact data, labelled or not: e-mails,
    handles, phones, web addresses («Contacto: x@sitio.example | WhatsApp 555 010 0199»)."""
    text = paragraph.strip()
    if len(text) > _CONTACT_MAX or not _may_be_contact(text):
        return False
    if _CONTACT_ONLY.match(text):
        return True
    parts = [p for p in _CONTACT_SEPARATOR.split(text) if p.strip()]
    return bool(parts) and all(_CONTACT_PART.fullmatch(p.strip()) for p in parts)


_SOURCE = re.compile(r"^[*_]*fuentes?[*_]*\s*:\s*[*_]*\s*(.{1,120}?)[*_\s]*$", re.IGNORECASE)
# A line holding only a link: "- → https://bit.ly/x", "- 📰 elciudadano.com",
# "- [Otra nota](https://…)".
_LINK_LINE = re.compile(
    r"^(?P<bullet>[-*+•]\s*)?[^\w\s]{0,4}\s*"
    r"(?:<?https?://\S+?>?|(?:www\.)?[\w-]++(?:\.[\w-]++)*\.[a-z]{2,}(?:/\S*)?"
    r"|\[[^\]\n]{0,300}\]\(\S{1,1000}\))$",
    re.IGNORECASE,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SENTENCE_OPENERS = _words(
    """el la los las un una unos unas lo al este esta estos estas ese esa esos esas
    aquel aquella dicho dicha dichos dichas en con durante por para segun ante tras
    desde hacia sin sobre entre mediante ademas asimismo tambien asi hoy ayer manana
    cabe no se le les cuando mientras luego despues antes aunque pero sin finalmente
    posteriormente previamente actualmente recientemente alli ahi aqui otro otra otros
    otras varios varias algunos algunas muchos muchas cada todos todas ambos ambas su sus
    nuestro nuestra sin embargo incluso segun de del"""
)
# Plural nouns for the people a lede opens with («Integrantes de la cooperativa…
# reportaron», «Vecinos de la colonia…»): a sentence opener like those above
# when capitalised after a headline («… en el sur de Veracruz Integrantes de…»).
LEDE_SUBJECTS = _words(
    """vecinos habitantes pobladores colonos comerciantes locatarios productores
    campesinos ganaderos agricultores pescadores trabajadores empleados obreros mineros
    maestros docentes profesores estudiantes alumnos padres familias medicos enfermeras
    pacientes usuarios automovilistas transportistas taxistas choferes ciudadanos
    integrantes miembros representantes dirigentes activistas manifestantes autoridades
    funcionarios legisladores diputados regidores elementos agentes policias bomberos
    rescatistas paramedicos especialistas investigadores empresarios jovenes personas
    cientos decenas miles"""
)
CONNECTORS = _words(
    """de del la las los el en a al y e o u por para con sin sobre entre hacia desde
    hasta ante tras que su sus un una unos unas lo"""
)
_WORD = re.compile(r"\S+")
# Cheap first test: could this paragraph be boilerplate at all?
_MAYBE_BOILERPLATE = re.compile(
    # A bullet ("* ") inside the opening marks, or the marks taken whole (possessive:
    # no alternative below opens with a space; see _SUBSCRIBE) and one of the openings.
    r"(?=[#*_\s]*?\*\s)|[#*_\s]*+(?:📸|📷)|[#*_\s]*+(?:[^\w\s¿¡#*_]{1,3}\s*+)?¡?\s*+(?:¿|etiqueta|tags?\s*:|palabras\s+clave|tambi|lee|puedes|te\s|recom|mira|nota|notic|relac|temas?[\s:]|contenidos?\s|historias?\s|foto|im[aá]g|cr[eé]d|fuente|recuerda"
    r"|suscr|s[ií]gue|[uú]nete|recibe|descarga|lleva|activa|env[ií]a|para\s|escr[ií]b|con\s|ent[eé]r|manda|vis[ií]ta|encu[eé]ntr|seguir"
    r"|m[aá]nd|mant|compart|art[ií]c|sigue|contin[uú]a\s+leyendo|termina\s+de\s+leer|last|updated|published|posted|modified|edited|modificad|[uú]ltima|actualiz"
    r"|m[aá]s\s|otras|lo\s|[uú]ltimas|puede|podr|photos?\s*:|no\s+te|no\s+dejes|lectura|esto\s|ve\s|ve[:|»→]|vea|lea|ver\s|checa|en\s+contexto|sobre\s|del\s+mismo|quiz|desc[aá]rg|haz\s|hazte\s|vu[eé]lvete\s|s[uú]mate\s|dona\s|realiza\s|tu\s+(?:don|aport|apoyo)|ap[oó]yanos|da\s|dale|escucha|esc[uú]ch|sinton|m[ií]ranos|en\s+(?:el|nuestro)\s|apoya|gracias\s+por|feliz|felices|pr[oó]sper|si\s+(?:quieres|deseas|te\s+interesa|te\s+gust)|adquiere|(?:esta|la)\s+(?:nota|informaci(?:[oó]n)?|historia|cr[oó]nica|entrega)\s|[\w.+-]+@|@|[-+•]|\*\s"
    r"|seguiremos\s|seguimos\s|si\s+tienes\s|(?=\S)[^\n.!?]{0,60}?\btransmit(?:e|imos)\s"
    r"|subscribe\s|thanks\s+for\s|sign\s+up\s|read\s+also|see\s+also|also\s+read"
    r"|(?:entradas|publicaciones|boletines|comunicados)\s+relacionad"
    r"|(?:newsletter|bolet[ií]n|whats\s?app|telegram|app|p[oó]dcast)\s*[:|]"
    r"|(?:este|el)\s+(?:art[ií]culo|texto|reportaje|material)\s"
    r"|(?=\S)[^\n.!?]{2,60}?\s+es\s+una?\s+(?:medio|colectivo|publicaci|portal|sitio|revista|bolet"
    r"|peri[oó]dico|semanario|proyecto)\w*\s)",
    re.IGNORECASE,
)
# Lines of a headline list: no sentence punctuation at the end.
_HEADLINE_LINE = re.compile(r"^(?:[-*+•]\s*)?[^\n]{3,160}(?<![.;:,])$")
_SENTENCE_CLOSE = '.!?…"”»'
_EDGE_PUNCT = "*_¿¡\"“”«»'‘’()[]:,;."


def _bare(word: str) -> str:
    return word.strip(_EDGE_PUNCT)


def _is_acronym(word: str) -> bool:
    head = word.split("-", 1)[0]
    return len(head) >= 2 and head.isupper()


# A sentence opened by its verb in the preterite («Anunció…», «Fueron trasladadas…»,
# «Detuvieron a…»): a headline's capitals are names, never such a verb. The plural
# endings, a row each, with the shortest word that may carry them (a name such as
# «Sharon» is shorter than a verb in «-aron» that opens a sentence).
_PAST_ENDINGS = (("ó", 5), ("aron", 7), ("ieron", 6), ("yeron", 6), ("jeron", 7), ("fueron", 6))


def _past_verb(word: str) -> bool:
    """``word`` (capitalised) reads as a verb in the preterite."""
    lower = word.lower()
    return any(len(word) >= size and lower.endswith(ending) for ending, size in _PAST_ENDINGS)


# A headline opening with a question it then answers («¿Viajas a la costa? Estas son
# las rutas alternas»).
_OPENING_QUESTION = re.compile(r"[*_]*¿[^?\n]{1,160}\?[*_]*")


def split_teaser(text: str) -> tuple[str, str]:
    """Split what follows "También puedes leer:" into (teaser, real text)."""
    head, rest = _split_teaser(text)
    if rest and _OPENING_QUESTION.fullmatch(head):
        # The question is only the headline's first half when what follows it closes no
        # sentence (a headline has no full stop) before a lede's own first word.
        answer, after = _split_teaser(rest)
        first = fold(_bare(after.split(maxsplit=1)[0])) if after.strip() else ""
        lede = first in SENTENCE_OPENERS or first in LEDE_SUBJECTS
        if lede and not any(mark in answer for mark in ".!?…"):
            return f"{head} {answer}", after
    return head, rest


def _split_teaser(text: str) -> tuple[str, str]:
    link = _LEADING_LINK.match(text)
    if link:
        return link.group(0), text[link.end() :].lstrip()
    if (glued := _glued_opener(text)) is not None:
        return text[:glued].rstrip(), text[glued:]
    words = list(_WORD.finditer(text))
    weak = fallback = run_end = None
    sentence = _first_sentence_start(words)
    for i, match in enumerate(words):
        word = match.group(0)
        if ":" in word and _CREDIT_WORD.match(word):
            return text[: match.start()].rstrip(), text[match.start() :]
        if i == sentence and fallback and _long_sentence(words, fallback, i):
            # A headline closes no sentence: «Clausuran puestos en el zócalo Comerciantes
            # del centro confiaron en que … meses. Algunos…» ends before «Comerciantes».
            return text[: fallback.start()].rstrip(), text[fallback.start() :]
        if i < 2 or len(words) - i < 3:
            continue
        bare = _bare(word)
        before = _bare(words[i - 1].group(0))
        if not bare[:1].isupper() or fold(before) in CONNECTORS:
            continue
        if before[:1].islower() and not _is_acronym(bare):
            fallback = match  # the last of «…zona conurbada Tránsito municipal…»
        elif run_end is None and i >= 3 and _ends_capital_run(words, i):
            run_end = match  # «… en la Cuenca Ganaderos de Tuxtepec reportaron…»
        folded = fold(bare)
        past_verb = _past_verb(bare)
        if folded not in SENTENCE_OPENERS and folded not in LEDE_SUBJECTS and not past_verb:
            continue
        following = _bare(words[i + 1].group(0))
        if past_verb or not following[:1].isupper() or _is_acronym(following):
            return text[: match.start()].rstrip(), text[match.start() :]
        weak = weak or match
    if weak:
        return text[: weak.start()].rstrip(), text[weak.start() :]
    if fallback and text.rstrip()[-1:] in _SENTENCE_CLOSE:
        # No sentence opener: the headline (lower case to its end, as headlines
        # are written) stops before the last capital that follows a lower-case
        # word (not a connector: «en Juchitán» is a name), when a closed
        # sentence follows.
        return text[: fallback.start()].rstrip(), text[fallback.start() :]
    if run_end and text.rstrip()[-1:] in _SENTENCE_CLOSE:
        # Nor a capital after a lower-case word: a long closed sentence is no
        # headline, so the headline ends before the last word of its first run
        # of capitals («…en la Cuenca | Ganaderos de Tuxtepec reportaron…»).
        return text[: run_end.start()].rstrip(), text[run_end.start() :]
    return text.strip(), ""


# A page's copy that lost the space between the headline and the text glues them into one
# word («… en brecha de Río BravoLos transportistas calcularon…»).
_GLUED_WORD = re.compile(r"(?<=[a-záéíóúñ]{3})[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?=\s)")


def _glued_opener(text: str) -> int | None:
    """Where the text starts inside a word glued to the headline: a sentence's first
    word («Los», «Vecinos») after lower-case letters, a closed sentence after it."""
    for match in _GLUED_WORD.finditer(text):
        folded = fold(match.group(0))
        if folded not in SENTENCE_OPENERS and folded not in LEDE_SUBJECTS:
            continue
        rest = text[match.start() :]
        if len(rest.split()) >= _GLUED_SENTENCE_WORDS and rest.rstrip()[-1:] in _SENTENCE_CLOSE:
            return match.start()
    return None


_RUN_TAIL_WORDS = 12  # a real sentence this long follows the cut
_SENTENCE_WORDS = 8  # a capital after a lower-case word this far from a full stop opens a sentence
_ABBREVIATION_MAX = 5  # «Gral.», «Profr.», «Cd.»: a capitalised word this short before a stop


def _first_sentence_start(words: list[re.Match]) -> int | None:
    """The index of the first word that opens a sentence after a full stop
    («… meses. Algunos»), not after an abbreviation («Gral. Escobedo»)."""
    for i in range(1, len(words)):
        before = words[i - 1].group(0).rstrip('*_"”»)')
        if before[-1:] not in ".!?…" or not _bare(words[i].group(0))[:1].isupper():
            continue
        bare = _bare(before)
        if "." in bare or (bare[:1].isupper() and len(bare) <= _ABBREVIATION_MAX):
            continue
        return i
    return None


def _long_sentence(words: list[re.Match], cut: re.Match, end: int) -> bool:
    """From ``cut`` to the full stop before word ``end``: a sentence, not the
    tail of a headline («… hospital Regional de Tlapa.»)."""
    start = next(i for i, w in enumerate(words) if w is cut)
    return end - start >= _SENTENCE_WORDS


def _ends_capital_run(words: list[re.Match], i: int) -> bool:
    """Word ``i`` closes a run of capitalised words (the one before it is
    capitalised, the one after is not) and a long text follows."""
    if len(words) - i < _RUN_TAIL_WORDS:
        return False
    before, following = _bare(words[i - 1].group(0)), _bare(words[i + 1].group(0))
    return before[:1].isupper() and not following[:1].isupper() and not following[:1].isdigit()


def photo_credit(line: str) -> str:
    """The credit of a photo-credit line («Foto: Archivo El Sol» -> «Archivo El
    Sol»), or ""."""
    line = line.strip()
    if line[:1] in "([" and line[-1:] == _CLOSING.get(line[:1]):
        line = line[1:-1].strip()  # «(Foto: Especial)», «[Foto: Archivo]»: the brackets go
    match = _CREDIT.match(line) if len(line) <= 200 else None
    return match.group(1).strip("*_ ") if match else ""


_CLOSING = {"(": ")", "[": "]"}

# A photo's caption left on a line of its own among the lines of a print page, its
# credit closing it («Las nuevas unidades, en el patio. FOTO: LUIS MEDINA»).
_CAPTION_LINE = re.compile(
    r"^[^\n]{3,160}?[.!?…]\s+[(\[]?(?:fotos?\s*/\s*photos?|photos?\s*/\s*fotos?"
    r"|fotos?|fotograf[ií]as?|im[aá]genes|imagen)\s*:\s*"
    r"(?P<credit>(?:[A-ZÁÉÍÓÚÑ]\.\s?){0,3}[^\W\d_][^\n.:;!?()\[\]]{1,60}?)[)\]]?\.?$",
    re.IGNORECASE,
)


def caption_credit_of(line: str) -> str:
    """The credit closing a photo's caption on its line («Pie de foto: Obras en el
    bulevar. (Foto: Comunicación Social)» -> «Comunicación Social»), or ""."""
    match = _CAPTION_LINE.match(line.strip()) if len(line) <= 200 else None
    return match.group("credit").strip() if match else ""


def cut_caption_lines(paragraph: str) -> tuple[str, str, list[str]]:
    """``paragraph`` without the lines that are a photo's caption and credit, or its
    credit alone (a line of its own in a paragraph of several), the first credit, and
    the lines cut."""
    if "\n" not in paragraph:
        return paragraph, "", []
    kept, cut, credit = [], [], ""
    for line in paragraph.split("\n"):
        match = _CAPTION_LINE.match(line.strip()) if len(line) <= 200 else None
        alone = "" if match else photo_credit(line)  # «Foto: Archivo» on a line of its own
        if match or alone:
            cut.append(line.strip())
            credit = credit or (match.group("credit").strip() if match else alone)
        else:
            kept.append(line)
    return "\n".join(kept), credit, cut


# A CMS's tag list printed under the story («Etiquetas: movilidad, ciclovía», «Tags: …»,
# «Palabras clave: …»): labels, a row per spelling; the tags are short and unpunctuated.
TAG_LABELS = (
    r"etiquetas?",
    r"tags?",
    r"palabras\s+clave",
    r"temas",  # «Temas: Cabildo · Deuda pública»
)
# An item may be a hashtag («Etiquetas: #Presa #Lluvias»).
_TAG_LINE = re.compile(
    r"^[*_]*(?:" + "|".join(TAG_LABELS) + r")[*_]*\s*:\s*[*_]*\s*"
    r"#?[^\W_][^\n.!?:;]{0,60}(?:\s*[,;|]\s*#?[^\W_][^\n.!?:;,|]{0,60}){0,20}[*_.\s]*$",
    re.IGNORECASE,
)
_TAG_LINE_MAX = 400
# Each item a link to the tag's page and items between dots or bullets, as a Markdown
# export prints them («Etiquetas: [Tampico](/tags/tampico) · [lluvias](/tags/lluvias)»):
# read as the items' words between commas.
_ITEM_LINK = re.compile(r"\[([^\[\]\n]{1,80})\]\([^()\s]{1,300}\)")
_ITEM_DOT = re.compile(r"\s+[·•]\s+")


def is_tag_line(line: str) -> bool:
    """A CMS's list of tags on a line of its own («Etiquetas: sargazo, Cancún, Semar»)."""
    if len(line) > _TAG_LINE_MAX * 4:
        return False
    line = _ITEM_DOT.sub(", ", _ITEM_LINK.sub(r"\1", line.strip()))
    return len(line) <= _TAG_LINE_MAX and bool(_TAG_LINE.match(line))


# The buttons of a share bar, folded («Comparte en Facebook   Comparte en X   WhatsApp»,
# «Compartir | Imprimir | Enviar por correo»): a bar is nothing but these.
SHARE_ITEMS = (
    r"compart(?:e|ir|elo)(?: esta (?:nota|noticia|publicacion)| esto)?"
    r"(?: (?:en|por|via))?(?: (?:facebook|x|twitter|whatsapp|telegram|linkedin|correo|e-?mail))?",
    r"facebook|twitter|whatsapp|telegram|linkedin|pinterest|threads|messenger|x",
    r"tuitear|tweet|share|tuit",
    # an old CMS's buttons in brackets («[ Imprimir esta nota ]  [ Enviar a un amigo ]
    # [ Comentarios (0) ]»)
    r"(?:imprimir|enviar|recomendar) (?:esta|la) (?:nota|noticia|pagina)|enviar a un amigo",
    r"comentarios? ?\(\d{1,5}\)",
    r"imprimir|enviar por (?:correo(?: electronico)?|e-?mail)|correo(?: electronico)?|e-?mail",
    r"copiar (?:el )?(?:enlace|link|url)|guardar",
    r"blogthis!?",
    # a social network's buttons under a pasted post («👍 Me gusta  💬 Comentar»)
    r"me gusta|comentar|responder|like|comment",
)
_SHARE = re.compile(r"(?<!\w)(?:" + "|".join(SHARE_ITEMS) + r")(?!\w)")
_SHARE_VERB = re.compile(r"(?<!\w)(?:compart|tuitear|tweet|share)")
_SHARE_BAR_MAX = 200


# The start of a button's name glued to the one before it, a page copied without
# the spaces between its buttons («Enviar por correo electrónicoBlogThis!Compartir en
# Twitter»): a row per button.
SHARE_BUTTON_STARTS = (
    "Compart",
    "Enviar",
    "BlogThis",
    "Facebook",
    "Twitter",
    "WhatsApp",
    "Telegram",
    "LinkedIn",
    "Pinterest",
    "Imprimir",
    "Tuitear",
    "Copiar",
)
_GLUED_BUTTON = re.compile(r"(?<=[^\W\d_]|!)(?=(?:" + "|".join(SHARE_BUTTON_STARTS) + r"))")


def is_share_bar(line: str) -> bool:
    """A line of share buttons only: two or more, or one that says «share»
    («Comparte en Facebook   Comparte en X   WhatsApp», «Compartir esto:»)."""
    if len(line) > _SHARE_BAR_MAX * 2:
        return False
    line = _ITEM_LINK.sub(r"\1", line)  # «Compartir: [Facebook](…) | [X](…)»
    folded = fold(_GLUED_BUTTON.sub(" ", line.strip().strip("*_ ")))
    if not folded or len(folded) > _SHARE_BAR_MAX:
        return False
    items = _SHARE.findall(folded)
    if not items or any(c.isalnum() for c in _SHARE.sub(" ", folded)):
        return False
    return len(items) >= 2 or bool(_SHARE_VERB.search(folded))


def is_share_item(line: str) -> bool:
    """One share button alone on a line («Facebook», «WhatsApp», «X»): a share bar's
    button only under the bar's other lines (``is_share_bar``)."""
    if len(line) > _SHARE_BAR_MAX:
        return False
    folded = fold(_ITEM_LINK.sub(r"\1", line).strip().strip("*_ "))
    return bool(folded) and bool(_SHARE.fullmatch(folded))


# A page's counters («Comentarios (0)», «Votos: 12», «1,204 visitas», «Calificación:
# 4.5/5»), folded; one or several on a line, between bars, dots or commas.
COUNTER_NAMES = (
    r"comentarios?|votos?|visitas|vistas|lecturas|me gusta|likes|recomendaciones"
    r"|calificacion|puntuacion|rating|reproducciones|visualizaciones|reacciones"
    r"|veces compartid[oa]|compartidos|shares|views|followers|seguidores|claps|aplausos"
)
_COUNTER = (
    rf"(?:{COUNTER_NAMES})\s*(?:\(\s*\d[\d.,]*\s*\)|:\s*\d[\d.,]*(?:\s*/\s*\d{{1,3}})?)"
    rf"|\d[\d.,]*(?:\s+mil)?\s+(?:{COUNTER_NAMES})"
)
# A page's estimate of the reading time alone on a line, folded and matched whole.
READING_TIMES = (
    r"(?:tiempo de )?lectura(?: de)? \d{1,2} min(?:utos?|\.)?"
    r"|\d{1,2} min(?:utos?|\.)? de lectura",
    # a reader view's estimate («5–6 minutos») and a blog platform's («6 min read»)
    r"\d{1,2} ?[-–] ?\d{1,2} (?:minutos|minutes|min\.?)|\d{1,2} min(?:ute)?s? read",
)
_READING_TIME = re.compile("|".join(f"(?:{row})" for row in READING_TIMES))


def is_reading_time(line: str) -> bool:
    """«5–6 minutos», «4 min de lectura»: a page's estimate of the reading time."""
    text = line.strip().strip("*_·|•- ")
    return len(text) <= 40 and bool(_READING_TIME.fullmatch(" ".join(fold(text).split())))


# A page's commands and notices alone on a line, folded and matched whole: Joomla's
# «Detalles» over its fields, WordPress's «Me gusta esto:» and «Cargando…», a comment
# form's call, a button left on its line. A row per spelling.
CHROME_LINES = tuple(
    re.compile(pattern)
    for pattern in (
        r"detalles|details",
        # a fact-check's verdict over its text: «Calificación: FALSO», «Veredicto: Engañoso»
        r"(?:nuestra )?(?:calificacion|veredicto|rating|verdict)\s*:"
        r"\s*[^\W\d][\w-]*(?: [\w-]+){0,2}",
        r"me gusta esto|cargando(?:\.\.\.|…)?|loading(?:\.\.\.|…)?",
        # a page's skip link, first on a page copied whole: «Ir al contenido», «Skip to content»
        r"(?:ir|saltar|pasar) al contenido(?: principal)?|skip to (?:the )?(?:main )?content",
        # a blog's links to its neighbouring posts: «Entrada anterior: Title», «Next post»
        r"(?:entrada|articulo|nota|publicacion|post) (?:anterior|siguiente)(?: ?[:›»>] ?.{0,200})?"
        r"|(?:previous|next) (?:post|entry|article|story)(?: ?[:›»>] ?.{0,200})?",
        r"(?:deja|dejar|escribe|anade|agrega) (?:un|tu|nuevo) comentario|leave a (?:comment|reply)",
        r"\d{1,5} comentarios?|sin comentarios|no hay comentarios",
        # the comment form's notice under its call («Tu dirección de correo electrónico no
        # será publicada. Los campos obligatorios están marcados con *»)
        r"(?:tu|su) (?:direccion de )?(?:correo(?: electronico)?|e-?mail) no sera publicad[oa]"
        r"(?:\.? (?:los )?campos (?:obligatorios|requeridos)[^.]{0,40})?"
        r"|your email address will not be published",
        # a social network's buttons under a pasted post: «Ver traducción», «Ver menos»
        r"ver (?:traduccion|original|menos|mas)|see (?:translation|less|more)",
        # its reaction counts: «Todas las reacciones: 1,2 mil», «👍❤️ 245 · 38 comentarios»
        r"todas las reacciones:? \d[\d.,]*(?: mil)?",
        rf"\d[\d.,]*(?: mil)?(?:\W{{0,3}}[|·•,]\W{{0,3}}(?:{_COUNTER}))+",
        # a post's stamp with its views: «12:30 p. m. · 14 ene. 2024 · 18,4 mil Reproducciones»
        rf"\d{{1,2}}:\d{{2}}(?: [ap]\. ?m\.)?(?: · [\w .]{{3,20}}\d{{4}})? · (?:{_COUNTER})",
        rf"(?:{_COUNTER})(?:\s*[|·•,]\s*(?:{_COUNTER}))*",
        r"inicie sesion o registrese para (?:comentar|enviar comentarios)"
        r"|log in or register to post comments",
        # a comment form's call to sign in: «Inicia sesión para comentar», «Regístrate para
        # dejar un comentario», «Sign in to comment»
        r"(?:(?:inicia|inicie|iniciar) sesion(?: o (?:registrate|registrese|crea una cuenta))?"
        r" para (?:comentar|dejar (?:un|tu) comentario|participar)"
        r"|(?:registrate|registrese) para (?:comentar|dejar (?:un|tu) comentario)"
        r"|(?:log in|sign in)(?: or register)? to (?:comment|post comments|leave a comment))"
        r"(?:\.|…|\.\.\.)?",
        r"escuchar(?: esta)? nota|escuchar audio|ir arriba|volver arriba|volver al inicio",
        # a station's note over the script it published: «Guion adaptado para la página web»
        r"(?:guion|libreto|nota|texto) adaptad[oa] (?:para|a) (?:la |el |su )?"
        r"(?:pagina|sitio|portal|version)(?: web| digital| en linea)?",
        # a radio or TV site's player over the story: «Escucha aquí la nota ▶️»
        r"(?:escucha|escuchar|oye|reproducir|mira|ver)(?: aqui)? (?:la|esta) (?:nota|noticia)"
        r"(?: (?:aqui|completa|en audio))?\W*",
        # a pointer to the video over or under the story: «Mira el video 📺», «Ve aquí el video»
        r"(?:mira|ve|ver|vea|checa|reproduce|reproducir|dale play a)(?: aqui)?"
        r" (?:el|este|nuestro) video(?: (?:aqui|completo|de la nota))?\W*",
        *READING_TIMES,
        # a blog platform's buttons by the byline («Follow», «Listen»)
        r"follow|following|seguir|siguiendo|listen",
        # the site's bare address alone on a line, as a reader view prints it over the title
        r"(?:www\.)?[a-z0-9-]{2,40}(?:\.[a-z0-9-]{2,40}){0,3}\.(?:com|mx|org|net|info|news)"
        r"(?:\.mx)?",
        r"ver (?:la )?galeria(?: de fotos| completa)?|galeria de fotos|ver (?:mas )?fotos",
        # a site's pointer to more of its kind under the story: «Ver más videos de Nuevo León»,
        # «Más videos» (a heading «Más noticias» over its list is a block of headlines)
        r"ver mas (?:videos|notas|noticias|fotos|galerias)(?: de [\w ]{2,40})?|mas videos",
        # a CMS's pager between stories («< Anterior   Siguiente >», «« Previous | Next »»)
        r"(?:[<«‹] ?)?(?:anterior|previous|prev)(?: ?[|·] ?| )(?:siguiente|next) ?[>»›]?",
        r"tamano de (?:letra|texto)|a\+ ?a-|a- ?a\+|version para imprimir",
        # A live kicker over a liveblog's or a flash's title: the page's label, not the story's.
        r"(?:en vivo|en directo|minuto a minuto|live)(?: minuto a minuto)?",
        r"(?:ultima hora|de ultimo momento|ultimo momento|urgente|alerta|breaking(?: news)?)",
        # a cut in the story, where the page hid the rest behind a button or a link («Sigue
        # leyendo ↓», «[Leer más…](…)», «Continue reading»)
        r"(?:sigue|seguir|siga|continua|continuar|continue|lee|leer|lea)"
        r" (?:leyendo|mas|la nota completa|la noticia completa|nota completa)"
        r"|read more|continue reading|keep reading",
        # a paywall's notice left in the text («🔒 Este contenido es exclusivo para
        # suscriptores.», «¿Ya eres suscriptor? Inicia sesión para seguir leyendo.»)
        r"(?:este|esta|el) (?:contenido|articulo|nota|texto|reportaje|material) es"
        r" (?:exclusivo|solo|unicamente) para"
        r" (?:suscriptores|miembros|socios|usuarios registrados)\.?",
        r"(?:¿ ?ya eres (?:suscriptor|suscriptora|miembro|socio|socia)\? ?)?"
        r"(?:inicia|inicie|iniciar) sesion(?: o (?:registrate|suscribete))? para"
        r" (?:seguir leyendo|continuar(?: leyendo)?"
        r"|leer(?: (?:la nota|el articulo|mas))?(?: completa?o?)?)\.?",
        r"this (?:content|article|story) is (?:only )?(?:for|available to|exclusive to)"
        r" (?:subscribers|members)(?: only)?\.?",
        # a rating widget: «¿Te fue útil esta nota? ★★★★★ Califícala»
        r"(?:¿[^?]{3,60}\? ?)?[★☆]{3,}(?: [^\W\d_]{3,20}){0,2}",
        # a blog platform's export leaves its stamp and the post's address under the text
        # («Exported from Blogs on May 2, 2023.», «[Canonical link](…)»)
        r"(?:exported|exportad[oa]) (?:from|de|desde) [^\W\d][\w .-]{1,30}"
        r"(?: (?:on|el) [\w ,.]{4,30}?\d{4})?\.?",
        r"canonical (?:link|url)|enlace canonico|url canonica",
        # a mail program's placeholder for an inline picture: «[image001.png]», «[cid:logo]»
        r"\[(?:cid:)?(?:image|imagen|logo|adjunto|attachment)[\w.@-]{0,60}\]",
    )
)


# A CMS's or a blog's footer under the post, folded and matched whole: who posted it and
# when, its comment count («Enviado por admin el Jue, 14/03/2019 - 18:42», «Publicado
# por El Sol en 10:15 p.m. No hay comentarios», «Posted by admin at 9:02 AM»). Over the
# story the same stamp dates it (``dates.DATE_LABELS``): only a closing line is chrome.
POST_FOOTERS = tuple(
    re.compile(pattern)
    for pattern in (
        r"(?:enviado|publicado|escrito|posted|submitted|written) (?:por|by) [^\d\n]{1,50}?"
        r" (?:el|en|a las?|on|at) [^\n]{0,30}?\d[^\n]{0,25}?(?:[ap]\.? ?m\.?)?"
        r"(?:\W+(?:(?:\d{1,5}|no hay|sin) comentarios?|no comments|\d{1,5} comments?))?",
    )
)


def is_post_footer(line: str) -> bool:
    """A blog's or a CMS's footer line under the post («Publicado por El Sol en 10:15
    p.m. No hay comentarios:», «Enviado por admin el Jue, 14/03/2019 - 18:42»)."""
    text = line.strip().strip("*_:·|•- ")
    if not text or len(text) > 120:
        return False
    folded = " ".join(fold(text).split())
    return any(pattern.fullmatch(folded) for pattern in POST_FOOTERS)


# «🔴 EN VIVO», «👍❤️😢 1,2 mil · 87 comentarios»
_LEADING_SYMBOLS = re.compile(r"^[^\w\s¿¡*_#\[!(\"“«'‘]{1,6}\s*")
_HEADING_MARKS = re.compile(r"^#{1,6}[ \t]+")  # «### Comentarios (0)»: a page's chrome as a heading


def is_chrome_line(line: str) -> bool:
    """A page's command or notice alone on its line («Detalles», «Me gusta esto:»)."""
    text = line.strip()
    if link := _LINK_TEXT.match(text):
        text = link.group(1)  # «[Sigue leyendo...](/2003/05/17/nota.html)»
    elif "](" in text and len(text) <= _LINKED_CHROME_MAX:
        text = _INLINE_LINK.sub(r"\1", text)  # «Exported from [Blogs](https://…) on …»
    text = _LEADING_SYMBOLS.sub("", _HEADING_MARKS.sub("", text)).strip("*_:·|•- ")
    if not text or len(text) > 80:
        return False
    folded = " ".join(fold(text).split())
    if any(pattern.fullmatch(folded) for pattern in CHROME_LINES):
        return True
    # «Sigue leyendo ↓», «Leer más...»: an arrow or dots after the command
    trimmed = _TRAILING_SYMBOLS.sub("", folded)
    return trimmed != folded and any(pattern.fullmatch(trimmed) for pattern in CHROME_LINES)


_TRAILING_SYMBOLS = re.compile(r"[\s.…↓→►▶▼⬇»›>]+$")


# Fields of a CMS or a portal that say nothing about the story (folded labels before a
# colon): view counters, the portal's key and word count, a priority, reading time.
CHROME_LABELS = (
    r"visto|vistas|visitas|lecturas|hits|impresiones|veces leid[oa]",
    r"palabras|numero de palabras|caracteres",
    r"prioridad|urgencia",
    r"(?:tiempo (?:estimado )?de )?lectura",
)
# Fields that are chrome only beside one of those («Clave: AN-0412» and «Fecha:
# 12.03.2024   Hora: 14:32» over «Palabras: 262»): alone, an event's notice has its
# «Hora:» and «Formato:», and a release may label its number «Clave:».
NEARBY_CHROME_LABELS = (
    r"hora(?: de (?:publicacion|envio|transmision))?",
    r"clave(?: de (?:nota|despacho))?|id(?: de nota)?|slug",
    r"idioma|version|formato|tipo de nota|servicio|extension",
)
_CHROME_LABEL = re.compile(r"^(?:" + "|".join(CHROME_LABELS) + r")\s*:\s*(?P<value>.*)$")
_NEARBY_LABEL = re.compile(r"^(?:" + "|".join(NEARBY_CHROME_LABELS) + r")\s*:\s*(?P<value>.*)$")
_CHROME_VALUE_MAX = 40
# A field among others on one line: «Fecha: 12.03.2024   Hora: 14:32».
_FIELD = re.compile(r"^[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3}\s*:\s*\S")
_FIELD_SPLIT = re.compile(r"\t+|\s{2,}|\s+\|\s+")


def chrome_fields(line: str, *, nearby: bool = False) -> tuple[list[str], list[str]] | None:
    """(the chrome fields, the other fields) of a line of labelled fields
    («Clave: AN-0412», «Fecha: 12.03.2024   Hora: 14:32»), when one field at least
    is chrome (a field that is chrome only ``nearby`` another counts when the line
    holds one, or when ``nearby``); None for any other line."""
    text = line.strip().strip("*_ ")
    if not text or len(text) > _SHARE_BAR_MAX:
        return None
    parts = [p.strip() for p in _FIELD_SPLIT.split(text) if p.strip()]
    if not all(_FIELD.match(p) for p in parts):
        return None
    always = [p for p in parts if _chrome_field(p, _CHROME_LABEL)]
    near = [p for p in parts if _chrome_field(p, _NEARBY_LABEL)] if always or nearby else []
    chrome = [p for p in parts if p in always or p in near]
    return (chrome, [p for p in parts if p not in chrome]) if chrome else None


def _chrome_field(part: str, label: re.Pattern) -> bool:
    match = label.match(fold(part))
    return bool(match) and len(match.group("value")) <= _CHROME_VALUE_MAX


# A page number left by a word processor or a PDF («Página 2 de 3», «Pág. 2», «Page 1 of
# 2»), or a book's or a scan's between dashes with spaces («- 12 -», «— 7 —»); never
# «-30-», «-0-» or «- 30 -», a release's end marker.
_PAGE_NUMBER = re.compile(
    r"^(?:(?:pagina|pag\.|page|hoja)\s*\d{1,3}(?:\s*(?:de|of|/)\s*\d{1,3})?"
    r"|[-–—]\s(?!30\s|0\s)\d{1,4}\s[-–—])$"
)


# A print page's folio typed back in columns: the page number at one end, the
# publication's or the section's running title in capitals at the other, runs of spaces
# between («14          CUADERNOS DEL SURESTE», «ENSAYO          15»).
_FOLIO = re.compile(
    r"^(?:\d{1,3}(?: {3,}|\t+)(?P<after>[^\W\d_][^\n]{1,60}?)"
    r"|(?P<before>[^\W\d_][^\n]{1,60}?)(?: {3,}|\t+)\d{1,3})$"
)
_FOLIO_WORDS = 6


def is_page_number(line: str) -> bool:
    if len(line) <= 30 and _PAGE_NUMBER.match(fold(line.strip().strip("*_ "))):
        return True
    folio = _FOLIO.match(line.strip()) if len(line) <= 160 else None
    if folio is None:
        return False
    title = (folio.group("after") or folio.group("before")).strip()
    return title.isupper() and len(title.split()) <= _FOLIO_WORDS


# A print edition's jump line, copied with the story from the paper («Continúa en la
# página 5A», «Pasa a la pág. 4», «Viene de la portada»): it points at paper pages.
# A page is a number, with its section's letter («6-A», «4A») when no «página» names it.
PAGE_REF = (
    r"(?:(?:pagina|pag\.?|p\.)\s*\d{1,3}(?:-?[a-z])?\b|\d{1,3}-?[a-z]\b"
    r"|portada|primera\s+plana|contraportada)"
)
_PRINT_JUMP = re.compile(
    r"^(?:\(?\s*)?(?:continua|pasa|sigue|viene|vea|ver)\s+(?:en|a|de|la)\s+(?:la\s+)?"
    rf"{PAGE_REF}\s*\.?\s*\)?$"
)


def is_print_jump(line: str) -> bool:
    """«Pasa a la página 6 ►», «◄ Viene de la página 5»: the arrows are the jump's too."""
    text = _JUMP_ARROWS.sub("", line.strip().strip("*_ "))
    return len(text) <= 50 and bool(_PRINT_JUMP.match(fold(text)))


_JUMP_ARROWS = re.compile(r"^[◄◀←<«‹▲►▶→>»›▼\s]+|[◄◀←<«‹▲►▶→>»›▼\s]+$")


def is_chrome_paragraph(paragraph: str) -> bool:
    """A paragraph of a page's chrome only: share bars, its commands and notices,
    its fields that say nothing about the story, page numbers."""
    if len(paragraph) > _COPYRIGHT_MAX * 2:
        return False
    lines = [line for line in paragraph.split("\n") if line.strip()]
    if not lines or len(lines) > _MAX_BOILERPLATE_LINES:
        return False
    if any(len(line) > _SHARE_BAR_MAX for line in lines):
        return False  # a line of text
    nearby = any(chrome_fields(line) for line in lines)
    sharing = any(is_share_bar(line) for line in lines)
    for line in lines:
        fields = chrome_fields(line, nearby=nearby)
        if fields is not None and not fields[1]:
            continue
        if sharing and _share_items_only(line):
            continue  # «Twitter» under «Compartir esto:»
        if not (
            is_share_bar(line)
            or is_chrome_line(line)
            or is_page_number(line)
            or is_print_jump(line)
            or is_tag_line(line)
            or is_post_footer(line)
            or is_headline_bar(line)
        ):
            return False
    return True


def _share_items_only(line: str) -> bool:
    folded = fold(line.strip().strip("*_ "))
    return bool(_SHARE.search(folded)) and not any(c.isalnum() for c in _SHARE.sub(" ", folded))


# A copyright notice closing a page or a wire («© 2022 El Sol. Todos los derechos
# reservados.», «AN © 2024. Prohibida su reproducción total o parcial…», «Copyright
# 2023 Diario X»): folded patterns, searched in a short paragraph; a row per shape.
COPYRIGHT_NOTICES = tuple(
    re.compile(pattern)
    for pattern in (
        r"^\W{0,3}(?:©|\(c\)\s*(?:19|20)\d\d|copyright\b)",
        r"^[^\n.©]{1,60}©\s*(?:19|20)\d\d",  # «AN © 2024.»
        r"\btodos los derechos reservados\b",
        r"^\W{0,3}(?:derechos reservados|(?:queda )?prohibida (?:su|la) reproduccion)\b",
        # A mail's confidentiality notice under the copy («Este mensaje y sus anexos son
        # para uso exclusivo de los suscriptores…», «Este correo es confidencial…»).
        r"^\W{0,3}(?:este|el presente) (?:mensaje|correo(?: electronico)?|e-?mail)"
        r"(?: y sus (?:anexos|adjuntos|archivos adjuntos))? (?:es|son|contiene|puede contener)"
        r"\b[^.]{0,60}\b(?:uso exclusivo|confidencial|destinatario|suscriptor)",
        # An agency's notice under its copy («Este material es propiedad de la Agencia X.
        # Queda prohibida su redistribución…», «Servicio exclusivo para suscriptores de X»).
        r"^\W{0,3}(?:este|el presente) (?:material|contenido|texto|despacho) es propiedad de\b",
        r"^\W{0,3}(?:queda )?prohibida (?:su|la) (?:redistribucion|distribucion|reventa)\b",
        r"^\W{0,3}(?:servicio|material|contenido) (?:exclusivo )?(?:para|de uso exclusivo de)"
        r" (?:los )?(?:suscriptores|abonados|clientes)\b",
        # A site's disclaimer on its readers' comments («Este blog no se hace responsable
        # de las opiniones vertidas en los comentarios», «Los comentarios son
        # responsabilidad de sus autores»).
        r"^\W{0,3}(?:este|el|nuestro) (?:blog|sitio|portal|medio|periodico|diario|espacio)"
        r"(?: [\w ]{1,30})? no se hace responsable\b",
        # A column's disclaimer under its text («Las opiniones expresadas en esta columna
        # son responsabilidad exclusiva de su autora y no reflejan…», «El contenido de este
        # artículo es responsabilidad de quien lo firma»).
        r"^\W{0,3}(?:los comentarios|las opiniones|las ideas|el contenido|los contenidos)"
        r"(?: [^.]{1,60}?)? (?:son|es) (?:de la )?(?:(?:entera|exclusiva|unica) )?responsabilidad"
        r" (?:(?:exclusiva|unica) )?de (?:sus?|quienes|quien|los|las|el|la|del)\b",
        # A desk's translation note under a translated wire («(Traducido del inglés por la
        # mesa en español de X. Edición: Y)», «Traducción: Z»).
        r"^\W{0,3}(?:traducid[oa]|adaptad[oa]) (?:del|de la|al|por)\b[^.]{0,80}"
        r"(?:ingles|frances|portugues|aleman|italiano|chino|japones|ruso|arabe|coreano|espanol"
        r"|mesa|redaccion|traduc|edicion)",
        r"^\W{0,3}(?:traduccion|traduccion y edicion|version en espanol)\s*:",
        # The headline it had in its own language, under a translated story («(Título
        # original: "…")», «Original title: …»).
        r"^\W{0,3}(?:titulo original|titular original|original title|titulo en (?:ingles|frances"
        r"|portugues))\s*:",
        # A live blog's closing notice («La cobertura en vivo ha terminado. Consulta aquí
        # nuestras notas más recientes», «Este minuto a minuto ha concluido»).
        r"^\W{0,3}(?:la|esta|nuestra|este|el) (?:cobertura|transmision|blog|minuto a minuto)"
        r"(?: en vivo| en directo)? (?:ha )?(?:terminado|concluido|finalizado|termino|concluyo"
        r"|finalizo)\b",
        # An agency's leave to run its copy («Esta nota puede reproducirse libremente citando
        # a X como fuente», «El material puede ser reproducido mencionando la fuente»).
        r"^\W{0,3}(?:esta|la|este|el) (?:nota|informacion|material|texto|despacho|contenido)"
        r" (?:puede|podra) (?:ser )?(?:reproducirse|reproducid[oa]|republicarse|republicad[oa])\b",
        # A syndicate's note under a column or a note it sends («Este texto se distribuye a
        # los diarios suscritos a …», «Su reproducción total o parcial requiere
        # autorización», «Para uso exclusivo de los medios suscritos», «Favor de dar crédito
        # a …»): for the papers that buy it, not their readers.
        r"^\W{0,3}(?:este|esta|el|la) (?:texto|columna|articulo|material|contenido|nota|despacho)"
        r" se distribuye (?:a|entre) (?:los |las )?"
        r"(?:diarios|medios|periodicos|clientes|suscriptores|abonados)\b",
        r"^\W{0,3}su reproduccion (?:total o parcial |parcial o total )?(?:requiere|esta prohibida"
        r"|queda prohibida|sin (?:previa )?autorizacion)\b",
        r"^\W{0,3}(?:para )?uso exclusivo de (?:los |las )?(?:medios|diarios|periodicos|clientes"
        r"|suscriptores|abonados)\b",
        r"^\W{0,3}favor de (?:dar|citar|otorgar) (?:el )?credito a\b",
        # The legend a betting ad or sponsor must print («Apuesta con responsabilidad.
        # Prohibida la venta a menores de edad.»): the law's words, never the story's.
        r"^\W{0,3}(?:apuesta|juega) con responsabilidad\b",
        r"^\W{0,3}prohibid[oa] (?:la venta|su venta|su consumo|el acceso)? ?(?:a|para) menores"
        r"(?: de (?:edad|18 anos))?\W{0,3}$",
    )
)
_COPYRIGHT_MAX = 300


def is_copyright_notice(paragraph: str) -> bool:
    """A site's or an agency's copyright line («© 2022 El Sol. Todos los derechos
    reservados.»): never the story's text."""
    folded = fold(paragraph.strip().strip("*_ "))
    return 0 < len(folded) <= _COPYRIGHT_MAX and any(p.search(folded) for p in COPYRIGHT_NOTICES)


# The desk's initials closing a wire («ABO/KIF/mlr», «(AN) ABO/mlr», «NTX/ABO/KIF»):
# the writers' and the editor's initials, slashes between, the agency's acronym first,
# and the bureau's code after it on teletype copy («ANE MTY LGR/jcs»).
_INITIALS = r"[A-Za-zÁÉÍÓÚÑáéíóúñ]{2,4}"
_DESK_INITIALS = re.compile(
    # the agency's acronym before them, a space or a slash after it («SIGNO/KIRZ/lrv»)
    r"^(?:\(?[A-ZÁÉÍÓÚÑ]{2,8}\)?(?:[ \t]+|[ \t]*/[ \t]*(?=[A-Za-z]))){0,2}"
    + _INITIALS
    + r"(?:[ \t]*/[ \t]*"
    + _INITIALS
    + r"){1,5}"
    + r"(?:[ \t]*/[ \t]*\d{1,2}:\d{2})?$"  # the time it was sent («ANIP/MLC/rgm/18:22»)
)


def is_desk_initials(line: str) -> bool:
    """The initials of the writers and the editor closing a wire («(AN) ABO/KIF/mlr»)."""
    text = line.strip().strip("*_ ")
    return len(text) <= 40 and bool(_DESK_INITIALS.match(text)) and any(c.isupper() for c in text)


def is_cms_stamp(line: str) -> bool:
    """A CMS's update stamp («Last updated: Mar 9, 2024 08:15 AM»)."""
    return len(line) <= 200 and bool(_CMS_STAMP.match(line.strip()))


def _is_link_block(paragraph: str, *, bullets_only: bool) -> bool:
    for line in paragraph.split("\n"):
        match = _LINK_LINE.match(line) if len(line) <= 2000 else None
        if not match or (bullets_only and not match.group("bullet")):
            return False
    return True


# A teaser set in brackets inside a sentence of the text («… si continúan las heladas (Te
# recomendamos: Nieve en la carretera, ¿qué tramos están cerrados?). Los…»).
_BRACKETED_TEASER = re.compile(
    r"[ \t]*[(\[][*_]*" + _TEASER_BODY + r"[^()\[\]\n]{3,300}[)\]]", re.IGNORECASE
)


def cut_glued_teasers(paragraph: str) -> tuple[str, list[str]]:
    """Teasers glued after a sentence of the real text («… dijo. Lee también:
    Headline El alcalde…») or set in brackets inside one: cut the teaser and its
    headline, keep the rest."""
    removed: list[str] = []
    if "(" in paragraph or "[" in paragraph:
        removed += [m.group(0).strip() for m in _BRACKETED_TEASER.finditer(paragraph)]
        if removed:
            paragraph = _BRACKETED_TEASER.sub("", paragraph).strip()
    while match := _GLUED_TEASER.search(paragraph):
        headline, rest = split_teaser(paragraph[match.end() :])
        head = paragraph[: match.start()]
        if not any(c.isalnum() for c in head):  # «» Lectura recomendada: …»: the arrow goes too
            match_text = f"{head}{match.group(0)}".strip()
            head = ""
        else:
            match_text = match.group(0).strip()
        removed.append(f"{match_text} {headline}".strip())
        paragraph = f"{head} {rest}".strip()
    return paragraph, removed


_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+(?=[^\w\s]{0,3}\s*[¿¡A-ZÁÉÍÓÚÑ])")


# What carries a pitch on into the sentence after it: the reader addressed («te», «tu»),
# the outlet speaking («nuestro»), a channel or a handle («Es gratis en WhatsApp»,
# «Estamos en @sitio», «¡Te esperamos!», «Escúchalo en Spotify»); a short sentence
# without them («Nadie resultó herido.») is text and stays.
_PITCH_CONTINUATION = re.compile(
    r"\b(?:te|tu|tus|ti|nuestr[oa]s?|recibir[aá]s|podr[aá]s|gratis|suscr\w*|whats\s?app"
    r"|telegram|app|aplicaci[oó]n|bolet[ií]n|newsletter|notificaciones|esc[uú]ch\w*"
    r"|p[oó]dcasts?|spotify|youtube|google\s+play|app\s+store|disponible)\b"
    r"|@\w|https?://|www\.",
    re.IGNORECASE,
)


def _is_real_sentence(sentence: str) -> bool:
    """A closed sentence of the text, long enough not to be a pitch's tail."""
    text = sentence.rstrip()
    return (
        len(text.split()) >= _GLUED_SENTENCE_WORDS
        and text[-1:] in _SENTENCE_CLOSE
        and not _PITCH_CONTINUATION.search(text)
    )


def cut_pitch_sentences(paragraph: str) -> tuple[str, list[str]]:
    """Pitch sentences glued to the real text, wherever they stand in the paragraph:
    «Únete a nuestro canal de WhatsApp. En la primera etapa…» (start), «… la obra.
    Descarga la app y activa las notificaciones. Los vecinos…» (middle), «… dijo.
    Síguenos en X» (end). The pitch goes, the real sentences stay. A paragraph that
    opens with a pitch keeps the rest only when a real sentence is left (one line,
    a closed sentence of six words or more); otherwise it
    is returned whole and the caller drops it as a pitch."""
    leading = bool(_SUBSCRIBE.match(paragraph))
    if not leading:
        # The first sentence is text: only what follows it may be cut.
        kept, removed = _cut_pitches(_SENTENCE_BREAK.split(paragraph))
        return (" ".join(kept), removed) if removed else (paragraph, [])
    if "\n" in paragraph.strip():
        return paragraph, []
    first, *rest = _SENTENCE_BREAK.split(paragraph)
    # The opening pitch is a whole sentence here (never split inside: «En el episodio
    # de «Plaza», nuestro pódcast, platicamos…» is one pitch).
    kept, removed = _cut_pitches(rest, removed=[first])
    if not any(_is_real_sentence(s) for s in kept):
        return paragraph, []
    return " ".join(kept), removed


def _cut_pitches(
    sentences: list[str], removed: list[str] | None = None
) -> tuple[list[str], list[str]]:
    """Sentences kept and pitches removed; a pitch goes on into the sentences after it
    that address the reader. ``removed`` holds a pitch just before ``sentences``."""
    kept: list[str] = []
    in_pitch = bool(removed)
    removed = removed or []
    for sentence in sentences:
        if _SUBSCRIBE.match(sentence):
            pitch, glued = _split_glued_sentence(sentence)
            removed.append(pitch)
            in_pitch = not glued
            if glued:
                kept.append(glued)
        elif in_pitch and _PITCH_CONTINUATION.search(sentence):
            removed[-1] = f"{removed[-1]} {sentence}"
        else:
            kept.append(sentence)
            in_pitch = False
    return kept, removed


_GLUED_SENTENCE_WORDS = 6  # a real sentence this long, closed, may follow a pitch


def _split_glued_sentence(pitch: str) -> tuple[str, str]:
    """A pitch with no full stop and a real sentence glued after it («Descarga
    nuestra app en Google Play Además, el grupo prevé…»): (pitch, sentence);
    (pitch, "") when no closed sentence of the text follows it."""
    head, rest = split_teaser(pitch)
    if (
        not rest
        or len(rest.split()) < _GLUED_SENTENCE_WORDS
        or rest.rstrip()[-1:] not in _SENTENCE_CLOSE
        or _SUBSCRIBE.match(rest)
    ):
        return pitch, ""
    return head, rest


def _is_block_heading(line: str) -> bool:
    heading = fold(line.strip("#*_:• ").strip())
    return heading in HEADLINE_BLOCKS or any(p.fullmatch(heading) for p in HEADLINE_BLOCK_PATTERNS)


def _is_headline_block(paragraph: str) -> bool:
    """A block heading over its headlines; the heading may be framed by rules, as a mailed
    newsletter sets its sections («————» / «LO MÁS LEÍDO DE LA SEMANA» / «————»)."""
    lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
    while lines and is_rule(lines[0]):
        lines.pop(0)
    if not lines or not _is_block_heading(lines[0]):
        return False
    rest = lines[1:]
    while rest and is_rule(rest[0]):
        rest.pop(0)
    return all(_HEADLINE_LINE.match(line) and not is_rule(line) for line in rest)


# A block's heading with its headlines on the same line, between bars («Lo más visto:
# Choque en la carretera deja dos heridos | Cierran el puente»), as a page copied to
# text folds the widget: the heading, then one headline or more.
_HEADLINE_BAR = re.compile(r"^(?P<heading>[^:\n]{3,60}):\s*(?P<items>[^\n]{3,400})$")
_BAR = re.compile(r"\s+[|·•]\s+")


def is_headline_bar(line: str) -> bool:
    """A block of other headlines folded on one line under its heading."""
    match = _HEADLINE_BAR.match(line.strip())
    if not match or not _is_block_heading(match.group("heading")):
        return False
    items = _BAR.split(match.group("items").strip())
    return all(_HEADLINE_LINE.match(item.strip()) and len(item.split()) >= 3 for item in items)


def _is_headline_list(paragraph: str) -> bool:
    return all(_HEADLINE_LINE.match(line.strip()) for line in paragraph.split("\n"))


def _image_credit(paragraph: str) -> tuple[str, str] | None:
    """An image line with its credit on the next line: (image line, credit)."""
    lines = paragraph.split("\n")
    if len(lines) == 2 and lines[0].startswith("![") and len(lines[1]) <= 200:
        match = _CREDIT.match(lines[1])
        if match:
            return lines[0], match.group(1).strip("*_ ")
    return None


# A line of hashtags (emoji and separators between): the tags of a post, not a sentence.
_HASHTAG_LINE = re.compile(r"^[^\w#]*#[^\W_][\w.]*(?:[^\w#]*#[^\W_][\w.]*)*[^\w#]*$")
_HASHTAG_LINE_MAX = 400


def is_hashtag_line(paragraph: str) -> bool:
    """A paragraph of hashtags alone («#MéridaSegura #Vialidad 🚧»)."""
    return bool(_HASHTAG_LINE.match(paragraph.strip())) and not paragraph.lstrip().startswith("# ")


# A social-media post written out as a quote: every line quoted («> »), and the account
# signing it by its handle in brackets («— SSP Yucatán (@ssp_yuc) 22 de abril de 2024»,
# «> **Protección Civil** (@pc_gro) · 3 nov. 2022»).
_POST_HANDLE = re.compile(
    r"\(@\w{2,30}\)|(?:^|\s)[—–-]\s*@\w{2,30}\b|(?:^|[\s*])@\w{2,30}[*_]*\s*[·|,]\s*\S*\d"
)
_EMBED_MAX = 1500


# The signature line closing a post pasted from its embed code, unquoted: a dash, the
# account's name, its handle in brackets and the post's date («— Puerto Ejemplo
# (@PuertoEj) February 3, 2016», «— Ana Ruiz (@anaruiz) 3 de febrero de 2016»).
_POST_SIGNATURE = re.compile(
    r"^[—–-]{1,2}[ \t]?[^\n()@]{1,80}[ \t]\(@\w{1,30}\)[ \t]+[\w .,]{4,30}\d{4}[.)]?$"
)


def is_embedded_post(paragraph: str) -> bool:
    """A quoted post («> Texto… — Cuenta (@cuenta) fecha»), or one pasted unquoted with
    its signature line under it: an embed, not the story's text."""
    lines = [line.strip() for line in paragraph.strip().split("\n") if line.strip()]
    if not lines or len(paragraph) > _EMBED_MAX:
        return False
    if len(lines) <= 4 and _POST_SIGNATURE.match(lines[-1]):
        return True
    if not all(line.startswith(">") for line in lines):
        return False
    return bool(_POST_HANDLE.search("\n".join(line.lstrip("> ") for line in lines)))


# What a writer is, in the bio closing a story («Ana Ruiz es reportera de El Sol; cubre…»).
BIO_ROLES = (
    r"reporter[oa]s?",
    r"periodistas?",
    r"fotoperiodistas?|fot[oó]graf[oa]s?",
    r"editor(?:a|es|as)?",
    r"corresponsal(?:es)?",
    r"columnistas?|cronistas?|analistas?",
    r"colaborador(?:a|es|as)?|coordinador(?:a|es|as)?|conductor(?:a|es|as)?",
    r"jef[ea]s?\s+de\s+(?:informaci[oó]n|redacci[oó]n|secci[oó]n|fotograf[ií]a)",
    r"director(?:a)?\s+de\s+(?:informaci[oó]n|redacci[oó]n|contenidos)",
)
_BIO_NAME = r"[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+(?:(?:de|del|la|las|los|y)\s+){0,2}[A-ZÁÉÍÓÚÑ][\w'’-]+){1,4}"
_BIO = re.compile(
    r"^[*_]*" + _BIO_NAME + r"[*_]*\s+es\s+(?:(?:un[oa]?|la|el)\s+)?"
    r"(?:" + "|".join(BIO_ROLES) + r")\b"
)
_BIO_MAX = 600
# Any trade at all when the bio gives the writer's contact after it («Ana Ruiz es urbanista.
# Correo: ana@…», «… Twitter: @aruiz»): a columnist's card, whatever they do.
_BIO_ANY = re.compile(r"^[*_]*" + _BIO_NAME + r"[*_]*\s+es\s+[^\W\d_]")
_BIO_CONTACT = re.compile(
    r"[.!]\s+[*_]*(?:[^\W\d_]+(?:\s[^\W\d_]+)?\s*:\s*)?[*_]*"
    r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,})[*_.\s]*$"
    # or a last sentence inviting to write or follow («Escríbele a ana@… o síguela en
    # Twitter: @aruiz»), its last word the handle
    r"|[.!]\s+[*_]*[^!?\n]{0,120}?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,})[*_.\s]*$"
)
_BIO_CONTACT_MAX = 300


def is_author_bio(paragraph: str) -> bool:
    """A writer's bio: their name, «es», their trade («*Ana Ruiz es reportera de El Sol.*»),
    or any trade with their e-mail or handle closing it."""
    text = paragraph.strip()
    if len(text) > _BIO_MAX or "\n" in text:
        return False
    if _BIO.match(text):
        return True
    return len(text) <= _BIO_CONTACT_MAX and bool(
        _BIO_ANY.match(text) and _BIO_CONTACT.search(text)
    )


def _trailing_bios(kept: list[str], removed: list[str]) -> list[str]:
    """``kept`` without the writers' bios closing it, and the rule over them."""
    end = len(kept)
    while end and (is_author_bio(kept[end - 1]) or (end < len(kept) and is_rule(kept[end - 1]))):
        end -= 1
    if end == len(kept) or not any(is_author_bio(p) for p in kept[end:]):
        return kept
    removed.extend(kept[end:])
    return kept[:end]


# The heading of a production's credits closing show notes or a special («## Créditos»,
# «**Ficha técnica**»), folded; a row per wording.
CREDITS_HEADINGS = frozenset({"creditos", "credits", "ficha tecnica", "realizacion"})
_HEADING_MARKS = re.compile(r"^(?:#{1,6}\s+|[*_]{1,3})|[*_]{1,3}$|:$")
# One credit: a role, a colon, the names («Producción: Ana Ruiz», «Música original: …»).
_ROLE_CREDIT = re.compile(r"[^\W\d_][^:.!?\n]{1,40}:\s*[^:!?\n]{2,120}")
_CREDIT_SPLIT = re.compile(r"(?<=[.;])\s+|\n")


def _is_credits_heading(paragraph: str) -> bool:
    text = _HEADING_MARKS.sub("", paragraph.strip()).strip()
    return fold(text) in CREDITS_HEADINGS


def _credit_roles(paragraph: str) -> bool:
    """A paragraph of role credits and nothing else («Producción: Ana Ruiz. Edición y
    mezcla: Luis Pérez. Música original: Colectivo Tal.»)."""
    parts = [p.strip(" .;-*_•") for p in _CREDIT_SPLIT.split(paragraph.strip())]
    return all(_ROLE_CREDIT.fullmatch(p) for p in parts if p) and any(parts)


def _trailing_credits(kept: list[str], removed: list[str]) -> list[str]:
    """``kept`` without a credits heading closing it and the role credits under it."""
    for index in range(len(kept) - 1, max(-1, len(kept) - 5), -1):
        if _is_credits_heading(kept[index]):
            if index + 1 < len(kept) and all(map(_credit_roles, kept[index + 1 :])):
                removed.extend(kept[index:])
                return kept[:index]
            return kept
    return kept


def strip_boilerplate(paragraphs: list[str]) -> tuple[list[str], str, str, list[str]]:
    """Remove syndication boilerplate from a list of paragraphs.

    Returns (paragraphs kept, photo credit, "Fuente:" value, removed texts).
    Teaser text is cut and the real sentence glued to it kept; a credit
    ("Foto: *Archivo El Ciudadano*") becomes the lead image credit.
    """
    kept: list[str] = []
    removed: list[str] = []
    credit = source = ""
    after_pitch = after_headlines = False  # links follow a pitch; headlines, a block heading
    for paragraph in paragraphs:
        if (after_pitch or after_headlines) and _is_link_block(paragraph, bullets_only=False):
            removed.append(paragraph)
            continue
        if after_headlines and _is_headline_list(paragraph):
            removed.append(paragraph)
            continue
        after_pitch = after_headlines = False
        if any(separator in paragraph for separator in TEASER_SEPARATORS):
            paragraph, cut = cut_glued_teasers(paragraph)
            removed.extend(cut)
            if not paragraph:
                continue
        if "[" in paragraph:
            paragraph, cut = cut_inline_captions(paragraph)  # «… [VIDEO: Así fue · 0:52] …»
            removed.extend(cut)
            if not paragraph:
                continue
        if is_player_caption(paragraph):
            removed.append(paragraph)  # «▶ VIDEO | Así fue el rescate (1:48)»
            continue
        if "\n" in paragraph and _CREDIT_INSIDE.search(paragraph):
            paragraph, found_credit, cut = cut_caption_lines(paragraph)  # «… FOTO: LUIS MEDINA»
            credit = credit or found_credit
            removed.extend(cut)
            if not paragraph.strip():
                continue
        if (
            "\n" in paragraph
            and len(paragraph) <= 1200
            and _PITCH_WORD.search(paragraph)
            and (lines := _boilerplate_lines(paragraph))
        ):
            # «Mira el reportaje completo … por el canal 8.1.» over «Únete al canal…»:
            # lines each boilerplate alone go together, whatever cutting sentences keeps.
            removed.extend(lines[1])
            credit = credit or lines[0]
            continue
        if len(paragraph) <= 5000 and _PITCH_WORD.search(paragraph):
            paragraph, cut = cut_pitch_sentences(paragraph)
            removed.extend(cut)
            if not paragraph.strip():
                continue  # every sentence a pitch
        if len(paragraph) <= 60 and is_relative_stamp(paragraph):
            removed.append(paragraph)  # «Hace 45 minutos», «3 hours ago»: no date, no body
            continue
        if is_language_edition(paragraph):
            removed.append(paragraph)  # «Read this story in English»: another edition
            continue
        if len(paragraph) <= 60 and fold(paragraph.strip("#*_:.()[]-–— ")) in PLACEHOLDERS:
            removed.append(paragraph)  # «Publicidad», «Ver esta publicación en Instagram»
            continue
        if len(paragraph) <= _COPYRIGHT_MAX and (
            is_copyright_notice(paragraph) or is_desk_initials(paragraph)
        ):
            removed.append(paragraph)  # «© 2022 El Sol. Todos los derechos…», «ABO/mlr»
            continue
        note = syndication_note(paragraph) if len(paragraph) <= _COPYRIGHT_MAX else None
        if note and (not note[1] or is_copyright_notice(note[1])):
            source = source or note[0]  # «Esta nota se publicó originalmente en El Sol.»
            removed.append(paragraph)
            continue
        if is_chrome_paragraph(paragraph):
            removed.append(paragraph)  # «Compartir | Imprimir», «Visto: 1532», «Página 2 de 3»
            continue
        if is_desk_note(paragraph) or is_noted_end(paragraph):
            removed.append(paragraph)  # «(para web e impreso, va con 4 fotos)»: for the desk
            continue
        paragraph, notes = cut_inline_desk_notes(paragraph)  # «… [checar cifra con Salud] …»
        removed.extend(notes)
        if is_embed_chrome(paragraph):
            removed.append(paragraph)  # «Ver esta publicación en Instagram»: an embed's chrome
            continue
        if is_embedded_post(paragraph):
            removed.append(paragraph)  # a post quoted whole, its account's handle with it
            continue
        if len(paragraph) <= _HASHTAG_LINE_MAX and is_hashtag_line(paragraph):
            removed.append(paragraph)  # «#TorreónAvanza #ObraPública 🚧»: a post's tags
            continue
        if is_page_number(paragraph) or is_developing_note(paragraph):
            removed.append(paragraph.strip())
            continue
        if (
            len(paragraph) <= 200
            and "\n" not in paragraph
            and (found_credit := caption_credit_of(paragraph.strip().strip("*_")))
        ):
            # «Vista del malecón. Foto: Ana Ruiz», «… / Harbour view. Foto / Photo: X»: a
            # photo's caption and its credit, a paragraph of their own.
            credit = credit or found_credit
            removed.append(paragraph)
            continue
        if (
            "\n" in paragraph
            and is_rule(paragraph.strip().split("\n", 1)[0])
            and _is_headline_block(paragraph)
        ):
            removed.append(paragraph)  # a newsletter's section under its rules
            after_headlines = True
            continue
        if not _MAYBE_BOILERPLATE.match(paragraph) and not is_contact_only(paragraph):
            kept.append(paragraph)
            continue
        if label := _TEASER_LABEL_LINE.match(paragraph):
            lines = [line for line in paragraph[label.end() :].split("\n") if line.strip()]
            if all(_HEADLINE_LINE.match(line.strip()) for line in lines):
                removed.extend([label.group(0).strip(), *(line.strip() for line in lines)])
                after_headlines = not lines  # the label alone: its headlines follow
                continue
        if "\n" in paragraph and (lines := _boilerplate_lines(paragraph)):
            removed.extend(lines[1])
            credit = credit or lines[0]
            continue
        teaser = _TEASER.match(paragraph)
        if teaser:
            headline, paragraph = split_teaser(paragraph[teaser.end() :])
            removed.append(f"{teaser.group(0).strip()} {headline}".strip())
            if not paragraph:
                after_headlines = not headline  # "Te recomendamos:" alone: its list follows
                continue
        short = len(paragraph) <= 200
        if short and (found_credit := photo_credit(paragraph)):
            credit = credit or found_credit  # «Foto: Archivo», «(Foto: Especial)»
            removed.append(paragraph)
        elif short and _CMS_STAMP.match(paragraph):
            removed.append(paragraph)
        elif len(paragraph) <= _TAG_LINE_MAX and is_tag_line(paragraph):
            removed.append(paragraph)  # «Etiquetas: sargazo, Cancún, playas»
        elif short and (match := _SOURCE.match(paragraph)):
            source = source or match.group(1).strip("*_ ")
            removed.append(paragraph)
        elif _SUBSCRIBE.match(paragraph) or (short and is_contact_only(paragraph)):
            removed.append(paragraph)
            after_pitch = True
        elif _is_headline_block(paragraph):
            removed.append(paragraph)
            after_headlines = True
        elif _is_link_block(paragraph, bullets_only=True):
            removed.append(paragraph)
        else:
            kept.append(paragraph)
    kept = _trailing_bios(_trailing_credits(kept, removed), removed)
    kept, credit = _credit_under_image(kept, credit, removed)
    return kept, credit, source, removed


_MAX_BOILERPLATE_LINES = 6

# A note to readers that the story is still being written («*** Nota en desarrollo ***»,
# «(Información en desarrollo)», «Developing story»): folded, matched whole once its
# marks are stripped; a row per wording.
DEVELOPING_NOTES = (
    r"(?:nota|noticia|informacion|historia)\s(?:en\sdesarrollo|en\sactualizacion)",
    r"(?:nota|noticia|informacion)\sque\sse\sactualiza",
    r"en\sdesarrollo",
    r"developing(?:\sstory)?",
    r"this\sstory\sis\sdeveloping",
    # a live page's notice («Esta nota se actualiza constantemente. Recarga la página…»,
    # «Esta cobertura se actualiza minuto a minuto»). A story's own promise of more («Esta
    # nota se actualizará conforme avance el conteo») is the writers' closing sentence
    # for some desks, and stays.
    r"esta\s(?:nota|noticia|informacion|publicacion|cobertura|pagina|transmision)\sse\s"
    r"(?:actualiza|actualizara|ira\sactualizando|estara\sactualizando|seguira\sactualizando)"
    r"\s(?:constantemente|continuamente|permanentemente|en\stiempo\sreal|minuto\sa\sminuto)"
    r"(?:\.\s(?:recarga|actualiza|refresca)\s(?:la\s|esta\s)?pagina[^.,;]{0,60})?",
)
_DEVELOPING = re.compile("|".join(DEVELOPING_NOTES))
_NOTE_MARKS = "*_()[]-–—.… "
_DEVELOPING_MAX = 160


def is_developing_note(paragraph: str) -> bool:
    """A note that the story is still being written, alone on its line."""
    text = paragraph.strip()
    return len(text) <= _DEVELOPING_MAX and bool(
        _DEVELOPING.fullmatch(" ".join(fold(text.strip(_NOTE_MARKS)).split()))
    )


def _boilerplate_lines(paragraph: str) -> tuple[str, list[str]] | None:
    """A paragraph of a few lines each of which is boilerplate on its own
    («Foto: Ana Ruiz» over «Síguenos en Instagram: @sitio»): (the photo
    credit, the lines removed); None when a line is real text."""
    lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
    if not 2 <= len(lines) <= _MAX_BOILERPLATE_LINES or any(len(line) > 200 for line in lines):
        return None
    if not all(_MAYBE_BOILERPLATE.match(line) for line in lines):
        return None
    kept, credit, _source, removed = strip_boilerplate(lines)
    return None if kept else (credit, removed)


def is_boilerplate(paragraph: str) -> bool:
    """True when ``strip_boilerplate`` would not keep ``paragraph`` as it is."""
    kept, _credit, _source, _removed = strip_boilerplate([paragraph])
    return kept != [paragraph]


def _credit_under_image(
    paragraphs: list[str], credit: str, removed: list[str]
) -> tuple[list[str], str]:
    """An image over its credit line: the credit is the article's; the image stays when the
    article can show it (a web address, the media library's «/imagenes/<id>/»), and goes
    with its credit when its address is another site's path («/uploads/2020/01/a.jpg»)."""
    kept = []
    for paragraph in paragraphs:
        found = _image_credit(paragraph) if paragraph.startswith("![") else None
        if found:
            paragraph, credit = found[0], credit or found[1]
            if not _showable_image(paragraph):
                removed.append(paragraph)
                continue
        kept.append(paragraph)
    return kept, credit


_IMAGE_ADDRESS = re.compile(r"^!\[[^\]\n]{0,500}\]\(\s*<?([^)\s>]{1,1000})")
_SHOWABLE_IMAGE = re.compile(r"^(?:https?://|/imagenes/\d+/?$)", re.IGNORECASE)


def _showable_image(line: str) -> bool:
    match = _IMAGE_ADDRESS.match(line.strip())
    return match is None or bool(_SHOWABLE_IMAGE.match(match.group(1)))
