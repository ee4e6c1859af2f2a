#!/usr/bin/env python3
"""Generator for blind set importer-p / b1.

Every source file is written as BYTES so encodings, BOMs, line endings,
non-breaking spaces and trailing spaces are exactly controlled.
Run:  python3 make_b1.py   (writes into the folder this script lives in)
"""
import os
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
NB = "\u00a0"  # non-breaking space

KEYS = ["readable", "family", "title", "date", "published", "bylines", "source",
        "section", "placement", "bulletin_number", "issuer", "dateline_city",
        "body_first_words", "body_last_words", "boilerplate", "must_keep",
        "photo_credit", "refusal_reason"]

FILES = []


def G(**kw):
    d = {"readable": True, "family": None, "title": None, "date": None,
         "published": True, "bylines": [], "source": None, "section": None,
         "placement": [], "bulletin_number": None, "issuer": None,
         "dateline_city": None, "body_first_words": None,
         "body_last_words": None, "boilerplate": [], "must_keep": [],
         "photo_credit": None, "refusal_reason": None}
    for k in kw:
        assert k in d, k
    d.update(kw)
    return {k: d[k] for k in KEYS}


def BAD(reason):
    return G(readable=False, family="bad", published=None, refusal_reason=reason)


def F(name, text, gold, enc="utf-8", nl="\n", raw=None):
    """enc: utf-8 | utf-8-sig | cp1252 ; nl: '\\n' | '\\r\\n' | 'mixed'."""
    FILES.append(dict(name=name, text=text, gold=gold, enc=enc, nl=nl, raw=raw))


def encode(f):
    if f["raw"] is not None:
        return f["raw"]
    text = f["text"]
    lines = text.split("\n")
    if f["nl"] == "mixed":
        # first third LF, middle third CRLF, rest alternating CRLF / LF
        out = []
        n = len(lines)
        for i, ln in enumerate(lines[:-1]):
            if i < n // 3:
                out.append(ln + "\n")
            elif i < 2 * n // 3:
                out.append(ln + "\r\n")
            else:
                out.append(ln + ("\r\n" if i % 2 else "\n"))
        out.append(lines[-1])
        text = "".join(out)
    else:
        text = f["nl"].join(lines)
    return text.encode(f["enc"])


# ====================================================================
# FILES
# ====================================================================

# ---------------------------------------------------------------- p01
F("p01-centros-desarrollo-comisarias.md", """AYUNTAMIENTO DE MÉRIDA
Dirección de Comunicación Social
Boletín núm. 0457

Amplían horario de los Centros de Desarrollo Integral en las comisarías del sur

**• El programa atenderá a más de 1,200 niñas y niños de 14 comisarías**
**• La inversión municipal asciende a 8.6 millones de pesos**

Mérida, Yucatán, 3 de mayo de 2023.- El Ayuntamiento de Mérida puso en marcha el horario extendido de los Centros de Desarrollo Integral ubicados en las comisarías del sur del municipio, con el objetivo de que madres y padres que trabajan en la ciudad cuenten con un espacio seguro para sus hijas e hijos hasta las 19:00 horas.

Durante el arranque, realizado en la comisaría de San José Tzal, el alcalde explicó que la ampliación responde a una petición que vecinas y vecinos plantearon en las asambleas de presupuesto participativo celebradas el año pasado.

“Muchas familias salen de madrugada para trabajar en el centro y regresan ya de noche; lo justo es que sus hijos tengan dónde hacer la tarea, comer y jugar con personal capacitado”, señaló.

Los centros ofrecerán asesoría escolar, talleres de lectura, actividades deportivas y una comida caliente preparada con productos de la región. Para atender el nuevo horario se contrató a 46 educadoras y 18 cocineras, todas originarias de las propias comisarías.

La directora de Desarrollo Social informó que las inscripciones permanecerán abiertas durante todo mayo en las oficinas de cada comisaría, y que solo se requiere el acta de nacimiento del menor y un comprobante de domicilio.

Agregó que en el segundo semestre se evaluará extender el esquema a las comisarías del oriente, donde ya se levantó un padrón preliminar de 600 familias interesadas.

-oOo-

Dirección de Comunicación Social
Tel. 999 000 1122 ext. 204
comunicacion@merida-ayto.example
@MeridaAytoEj
""", G(family="press_release",
       title="Amplían horario de los Centros de Desarrollo Integral en las comisarías del sur",
       date="2023-05-03", source="Ayuntamiento de Mérida", bulletin_number="0457",
       issuer="Ayuntamiento de Mérida", dateline_city="Mérida",
       body_first_words="El programa atenderá a más de 1,200 niñas y niños",
       body_last_words="ya se levantó un padrón preliminar de 600 familias interesadas.",
       boilerplate=["Boletín núm. 0457", "-oOo-", "Tel. 999 000 1122 ext. 204",
                    "comunicacion@merida-ayto.example", "@MeridaAytoEj"],
       must_keep=["Para atender el nuevo horario se contrató a 46 educadoras y 18 cocineras, todas originarias de las propias comisarías."]),
  enc="utf-8-sig")

# ---------------------------------------------------------------- p02
F("p02-captura-jaiba-tampico.md", """## Pescadores de Tampico denuncian caída de 40% en captura de jaiba   

Por Ramiro Echeverría Lugo  
Diario del Golfo Norte | Tampico, Tamps. | 14 de marzo de 2024

Foto: Diario del Golfo Norte / Archivo

Integrantes de cinco cooperativas pesqueras de la laguna de Champayán y del sistema lagunario del río Tamesí reportaron que en las primeras semanas del año la captura de jaiba cayó alrededor de 40 por ciento respecto del mismo periodo de 2023.

Los pescadores atribuyen la baja a la salinidad que dejó la sequía del año pasado y a la falta de dragado en los canales que conectan las lagunas con el río. "Antes sacábamos hasta 60 kilos por lancha en una mañana; ahora, con suerte, juntamos 25", relató uno de los socios de la cooperativa Tres Hermanos, en la colonia Morelos.

La jaiba se vende en playa a 45 pesos el kilo, pero los intermediarios la revenden en el mercado municipal hasta en 120, explicaron los productores, quienes piden a las autoridades un programa de acopio que les permita vender directamente a restaurantes. Lee también: Refuerzan vigilancia en la laguna del Chairel por temporada de estiaje

La oficina regional de pesca confirmó que tiene registradas 31 cooperativas activas en la zona conurbada y que este mes iniciará un muestreo para medir la calidad del agua en los principales bancos de captura.

Mientras tanto, los pescadores acordaron respetar una veda voluntaria de dos semanas en abril para permitir que la especie se recupere, medida que, dicen, solo funcionará si también la cumplen los pescadores furtivos que llegan desde Veracruz.

Síguenos en Facebook como /DiarioGolfoNorte y en X como @GolfoNorteDiario
""", G(family="wire",
       title="Pescadores de Tampico denuncian caída de 40% en captura de jaiba",
       date="2024-03-14", bylines=["Ramiro Echeverría Lugo"], source="Diario del Golfo Norte",
       body_first_words="Integrantes de cinco cooperativas pesqueras de la laguna de Champayán",
       body_last_words="también la cumplen los pescadores furtivos que llegan desde Veracruz.",
       boilerplate=["Lee también: Refuerzan vigilancia en la laguna del Chairel por temporada de estiaje",
                    "Síguenos en Facebook como /DiarioGolfoNorte y en X como @GolfoNorteDiario"],
       must_keep=["La jaiba se vende en playa a 45 pesos el kilo, pero los intermediarios la revenden en el mercado municipal hasta en 120, explicaron los productores, quienes piden a las autoridades un programa de acopio que les permita vender directamente a restaurantes."],
       photo_credit="Diario del Golfo Norte / Archivo"))

# ---------------------------------------------------------------- p03
F("p03-bloqueo-apizaco.md", """---
layout: post
title: "Vecinos de Apizaco bloquean la vía Tlaxcala-Huamantla por falta de agua"
date: 2023-03-01 23:30:00 -0600
author: Nadia Zempoalteca Flores
medio: El Mirador de Tlaxcala
categories: [Portada, Municipios]
tags: [Apizaco, agua, protestas]
image: /assets/img/2023/03/bloqueo-apizaco.jpg
---

Habitantes de las colonias San Martín de Porres y Guadalupe, en Apizaco, bloquearon durante más de tres horas la carretera Tlaxcala-Huamantla para exigir el restablecimiento del servicio de agua potable, suspendido desde hace once días.

<!--more-->

Alrededor de 80 personas colocaron piedras y tambos vacíos a la altura del puente de la colonia Guadalupe, lo que provocó filas de vehículos de casi dos kilómetros en ambos sentidos. Los manifestantes mostraron recibos pagados y garrafones vacíos.

*Foto: Nadia Zempoalteca Flores*

De acuerdo con los vecinos, la falla se originó en una bomba del pozo que abastece a la zona norte de la ciudad, y hasta ahora solo han recibido dos pipas por semana, insuficientes para cerca de 900 viviendas.

Personal de la comisión municipal de agua acudió al lugar y explicó que la refacción necesaria llegará desde Puebla a más tardar el viernes. Los inconformes aceptaron liberar la vialidad luego de que se firmara una minuta que compromete al organismo a enviar seis pipas diarias mientras concluye la reparación.

Una vecina de la calle Allende señaló que los adultos mayores han tenido que cargar cubetas desde la casa de familiares en otras colonias. "No pedimos nada regalado, pagamos puntualmente y nadie nos dio una explicación", dijo.

Los manifestantes advirtieron que, si el lunes el servicio no se ha restablecido, volverán a cerrar la carretera.

{% include suscripcion-boletin.html %}
""", G(family="jekyll",
       title="Vecinos de Apizaco bloquean la vía Tlaxcala-Huamantla por falta de agua",
       date="2023-03-01", bylines=["Nadia Zempoalteca Flores"], source="El Mirador de Tlaxcala",
       section="Municipios", placement=["Portada"],
       body_first_words="Habitantes de las colonias San Martín de Porres y Guadalupe",
       body_last_words="si el lunes el servicio no se ha restablecido, volverán a cerrar la carretera.",
       boilerplate=["<!--more-->", "{% include suscripcion-boletin.html %}"],
       must_keep=["Los inconformes aceptaron liberar la vialidad luego de que se firmara una minuta que compromete al organismo a enviar seis pipas diarias mientras concluye la reparación."],
       photo_credit="Nadia Zempoalteca Flores"))

# ---------------------------------------------------------------- p04
F("p04-arboles-urbanos.txt", """Recomendaciones para el cuidado de los árboles urbanos
durante la temporada de calor en Mexicali

Con temperaturas que en junio y julio superan con frecuencia los 45 grados, los árboles de banquetas, camellones y patios sufren un estrés hídrico que puede matarlos en pocas semanas si no reciben atención.

Especialistas en arboricultura recomiendan regar temprano, antes de las siete de la mañana, o después de la puesta del sol, para que el agua no se evapore antes de llegar a las raíces. Un riego profundo dos veces por semana es mejor que un riego ligero diario.

Conviene formar un cajete, es decir, un borde de tierra alrededor del tronco, para retener el agua, y cubrir el suelo con una capa de hojas secas, corteza o aserrín que reduzca la evaporación. No se debe pegar el acolchado al tronco, porque favorece la aparición de hongos.

Durante el verano no es recomendable podar: las ramas y hojas dan sombra al propio árbol y lo protegen de quemaduras en la corteza. La poda de formación debe dejarse para el invierno.

Las especies nativas del desierto, como el palo verde, el mezquite y el palo fierro, requieren mucho menos agua que los ficus o las palmas exóticas, por lo que son la mejor opción para nuevas plantaciones.

Si un árbol muestra hojas amarillas que caen de golpe, corteza agrietada o ramas secas en la punta, se recomienda pedir una revisión a un técnico antes de decidir talarlo.
""", G(family="generic",
       title="Recomendaciones para el cuidado de los árboles urbanos durante la temporada de calor en Mexicali",
       date=None,
       body_first_words="Con temperaturas que en junio y julio superan con frecuencia los 45 grados,",
       body_last_words="se recomienda pedir una revisión a un técnico antes de decidir talarlo.",
       must_keep=["Un riego profundo dos veces por semana es mejor que un riego ligero diario."]),
  enc="cp1252", nl="\r\n")

# ---------------------------------------------------------------- p05
F("p05-vacantes-maquiladoras.txt", """**Maquiladoras de Ciudad Juárez suman 9 mil vacantes
sin cubrir al cierre de enero**

Texto: Alma Delia Quiñones y Efrén Baeza Olivas
Ciudad Juárez, Chihuahua / 2 de febrero de 2023 / El Correo de la Sierra

La industria maquiladora de Ciudad Juárez cerró enero con cerca de 9 mil vacantes sin cubrir, principalmente en puestos de operador de producción, técnico de mantenimiento y almacenista, de acuerdo con la bolsa de trabajo que concentran las empresas del sector.

Te puede interesar | Alistan nuevo puente de carga en San Jerónimo-Santa Teresa Las cifras de la asociación local de maquiladoras indican que la rotación de personal se mantiene en 6 por ciento mensual, una de las más altas del país. Los directivos señalan que muchos trabajadores cambian de planta por diferencias de 100 o 200 pesos a la semana.

Para atraer personal, algunas compañías ofrecen ya transporte gratuito desde colonias del suroriente, bonos de asistencia y comedores subsidiados, además de guarderías dentro de los parques industriales.

Un gerente de recursos humanos de una planta de arneses automotrices explicó que el problema no es solo de salarios: "Falta vivienda cerca de los parques y el transporte público tarda hasta dos horas; eso desanima a la gente".

El organismo empresarial estimó que durante 2023 se abrirán al menos 15 mil nuevas plazas por la llegada de proyectos de relocalización de empresas asiáticas y estadounidenses.

Con información de Agencia Frontera Norte

¿Quieres recibir las noticias más importantes de la frontera? Suscríbete a nuestro boletín diario.
""", G(family="wire",
       title="Maquiladoras de Ciudad Juárez suman 9 mil vacantes sin cubrir al cierre de enero",
       date="2023-02-02", bylines=["Alma Delia Quiñones", "Efrén Baeza Olivas"],
       source="El Correo de la Sierra",
       body_first_words="La industria maquiladora de Ciudad Juárez cerró enero con cerca",
       body_last_words="por la llegada de proyectos de relocalización de empresas asiáticas y estadounidenses.",
       boilerplate=["Te puede interesar | Alistan nuevo puente de carga en San Jerónimo-Santa Teresa",
                    "Con información de Agencia Frontera Norte",
                    "¿Quieres recibir las noticias más importantes de la frontera? Suscríbete a nuestro boletín diario."],
       must_keep=["Las cifras de la asociación local de maquiladoras indican que la rotación de personal se mantiene en 6 por ciento mensual, una de las más altas del país."]),
  enc="cp1252", nl="\r\n")

# ---------------------------------------------------------------- p06
F("p06-vacunacion-temporal.md", """Guadalajara, Jal., 12 de julio de 2024

COMUNICADO
No. SSJ/214/2024

GOBIERNO DE JALISCO

Secretaría de Salud Jalisco

Inicia jornada de vacunación para jornaleros agrícolas en los Altos

_Brigadas móviles recorrerán 38 campos de cultivo durante cuatro semanas_

La Secretaría de Salud Jalisco arrancó una jornada de vacunación dirigida a jornaleras y jornaleros agrícolas que trabajan en los campos de berries, agave y hortalizas de la región Altos Sur, donde se estima que laboran más de 11 mil personas durante la temporada.

Las brigadas aplicarán vacunas contra tétanos, hepatitis B, sarampión y rubéola, además de realizar pruebas rápidas de glucosa y presión arterial. El personal llegará directamente a los campos en horarios acordados con los productores para no afectar las jornadas de trabajo.

El director de la Región Sanitaria explicó que muchas de las personas trabajadoras provienen de Guerrero, Oaxaca y Chiapas, por lo que no siempre cuentan con su cartilla de vacunación; en esos casos se les entregará una nueva con el registro de las dosis aplicadas.

También se instalarán módulos de atención en los albergues de Tepatitlán, Arandas y Jalostotitlán, donde niñas y niños que acompañan a sus familias podrán completar su esquema básico.

La dependencia hizo un llamado a los productores agrícolas para que faciliten el acceso de las brigadas y den a conocer la jornada entre sus cuadrillas, y recordó que todas las vacunas son gratuitas y no requieren afiliación a ningún sistema de seguridad social.

oo0oo

Unidad de Comunicación Social
Secretaría de Salud Jalisco
Tel. (33) 0000 4400 ext. 3310
prensa.ssj@salud-jal.example
""", G(family="press_release",
       title="Inicia jornada de vacunación para jornaleros agrícolas en los Altos",
       date="2024-07-12", source="Secretaría de Salud Jalisco", bulletin_number="SSJ/214/2024",
       issuer="Secretaría de Salud Jalisco", dateline_city="Guadalajara",
       body_first_words="Brigadas móviles recorrerán 38 campos de cultivo durante cuatro semanas",
       body_last_words="no requieren afiliación a ningún sistema de seguridad social.",
       boilerplate=["COMUNICADO", "No. SSJ/214/2024", "GOBIERNO DE JALISCO", "oo0oo",
                    "Unidad de Comunicación Social", "Tel. (33) 0000 4400 ext. 3310",
                    "prensa.ssj@salud-jal.example"],
       must_keep=["También se instalarán módulos de atención en los albergues de Tepatitlán, Arandas y Jalostotitlán, donde niñas y niños que acompañan a sus familias podrán completar su esquema básico."]),
  nl="\r\n")

# ---------------------------------------------------------------- p07
F("p07-mercado-artesanias.md", """---
layout: post
title: "Inauguran mercado de artesanías en Pátzcuaro"
date: 2022-06-10 12:00:00 -0500
author: Valeria Huerta
sitio: Lago y Meseta Noticias
categories: [Cultura]
published: true
---


   
""", BAD("El archivo solo contiene el encabezado de metadatos y no tiene cuerpo de nota."))

# ---------------------------------------------------------------- p08
F("p08-feria-alfenique.md", """---
layout: noticia
titulo_seo: feria del alfeñique toluca 2022
title: Abren la Feria del Alfeñique con 160 expositores en los portales de Toluca
fecha: 5 de octubre de 2022
autor: Redacción
portal: Noticias del Valle de Toluca
categories:
  - Destacadas
  - Municipios
tags:
  - Toluca
  - tradiciones
published: yes
---

La tradicional Feria del Alfeñique abrió sus puertas en los portales del centro histórico de Toluca con la participación de 160 expositores, la mayoría familias artesanas de la capital mexiquense y de municipios vecinos como Metepec, Zinacantepec y Calimaya.

Las calaveritas, los borregos y las frutas de azúcar, chocolate y pepita volvieron a ocupar los puestos que durante los dos años anteriores se instalaron con aforo limitado. Los organizadores esperan más de 300 mil visitantes antes del 2 de noviembre.

Doña Reyna Estrada, quien elabora alfeñiques desde hace más de cuarenta años, contó que el precio del azúcar subió casi 30 por ciento, por lo que tuvo que ajustar el tamaño de algunas piezas para no encarecerlas demasiado. "La gente viene por la tradición, pero también cuida su dinero", comentó.

Además de la venta, la feria incluye talleres gratuitos de elaboración de figuras para niñas y niños, presentaciones de danza y un concurso de altares en la plaza González Arratia.

El horario será de 10:00 a 22:00 horas todos los días. Las autoridades municipales recomendaron utilizar el transporte público, ya que varias calles del primer cuadro permanecerán cerradas a la circulación durante la temporada.

---

**Síguenos en nuestro canal de WhatsApp para recibir las noticias del Valle de Toluca**
""", G(family="jekyll",
       title="Abren la Feria del Alfeñique con 160 expositores en los portales de Toluca",
       date="2022-10-05", bylines=[], source="Noticias del Valle de Toluca",
       section="Municipios", placement=["Destacadas"],
       body_first_words="La tradicional Feria del Alfeñique abrió sus puertas en los portales",
       body_last_words="permanecerán cerradas a la circulación durante la temporada.",
       boilerplate=["Síguenos en nuestro canal de WhatsApp para recibir las noticias del Valle de Toluca"],
       must_keep=["Además de la venta, la feria incluye talleres gratuitos de elaboración de figuras para niñas y niños, presentaciones de danza y un concurso de altares en la plaza González Arratia."]),
  enc="utf-8-sig", nl="\r\n")

# ---------------------------------------------------------------- p09
F("p09-parque-metropolitano.md", """# León destinará 210 millones de pesos a rehabilitar el Parque Metropolitano

Redacción
22/08/2023 · León, Gto. · Pulso Bajío

El Ayuntamiento de León aprobó por unanimidad destinar 210 millones de pesos a la rehabilitación del Parque Metropolitano, el pulmón verde más grande de la ciudad, que en los últimos años ha perdido visitantes por el deterioro de andadores, baños y áreas de juego.

El proyecto contempla la reconstrucción de 7.5 kilómetros de ciclovía perimetral, nuevas luminarias solares, la sustitución de los juegos infantiles y la recuperación del borde de la presa, donde se instalará un mirador y un embarcadero para kayaks.

MÁS NOTICIAS
- Cierran tramo del bulevar Aeropuerto por obras del puente
- Detienen a dos por robo de cableado en Las Joyas
- Abren convocatoria para becas de transporte universitario

La directora del organismo que administra el parque explicó que las obras se realizarán por etapas para que el espacio no tenga que cerrar por completo. La primera fase, que arrancará en octubre, se concentrará en la zona de acceso por el bulevar Morelos.

Regidores de oposición pidieron que el proyecto ejecutivo se publique completo y que se consulte a los corredores y ciclistas que usan el parque todos los días. También solicitaron que se garantice el mantenimiento posterior, pues, dijeron, administraciones anteriores invirtieron en obras que se deterioraron en pocos años.

De acuerdo con el calendario presentado en cabildo, los trabajos concluirían a finales de 2024.

📲 Únete a nuestro canal de WhatsApp y recibe las noticias de León al momento.
""".replace("210 millones de pesos a la", "210" + NB + "millones de pesos a la"),
  G(family="wire",
    title="León destinará 210 millones de pesos a rehabilitar el Parque Metropolitano",
    date="2023-08-22", bylines=[], source="Pulso Bajío",
    body_first_words="El Ayuntamiento de León aprobó por unanimidad destinar",
    body_last_words="los trabajos concluirían a finales de 2024.",
    boilerplate=["MÁS NOTICIAS", "Cierran tramo del bulevar Aeropuerto por obras del puente",
                 "Detienen a dos por robo de cableado en Las Joyas",
                 "Abren convocatoria para becas de transporte universitario",
                 "Únete a nuestro canal de WhatsApp y recibe las noticias de León al momento."],
    must_keep=["La primera fase, que arrancará en octubre, se concentrará en la zona de acceso por el bulevar Morelos."]),
  enc="utf-8-sig")

# ---------------------------------------------------------------- p10
F("p10-laboratorio-sierra-gorda.text", """[logotipo] TecNM | Instituto Tecnológico Superior de la Sierra Gorda

Comunicado de prensa No. 045

Estudiantes de la Sierra Gorda desarrollan secador solar para café y chile
Subtítulo: El prototipo reduce a la mitad el tiempo de secado y ya se prueba con 12 productores

Jalpan de Serra, Querétaro; a 18 de abril de 2023. Un equipo de estudiantes de Ingeniería en Energías Renovables del Instituto Tecnológico Superior de la Sierra Gorda desarrolló un secador solar de bajo costo que permite a pequeños productores deshidratar café, chile y frutas de temporada en la mitad del tiempo que requiere el secado tradicional en patio.

El equipo, integrado por cinco alumnas y alumnos de octavo semestre, diseñó una estructura de madera y policarbonato con un colector de calor fabricado con láminas recicladas. El prototipo alcanza temperaturas de hasta 60 grados y protege el producto de la lluvia, el polvo y los insectos.

La docente que asesora el proyecto explicó que el costo de materiales es cercano a 9 mil pesos, por lo que puede construirse con apoyo de programas municipales o de las propias cooperativas.

Actualmente el secador se prueba en parcelas de 12 productores de Landa de Matamoros, Arroyo Seco y Pinal de Amoles, quienes registran diariamente la humedad y el peso del grano para comparar resultados.

El proyecto fue seleccionado para la etapa regional de la Cumbre Nacional de Desarrollo Tecnológico, que se celebrará en junio, y el instituto buscará registrar el diseño ante la autoridad de propiedad industrial.

---o0o---

Departamento de Difusión y Vinculación
difusion@itssg-qro.example | Tel. 441 000 0273
Facebook e Instagram: @ITSSierraGordaEj
""", G(family="press_release",
       title="Estudiantes de la Sierra Gorda desarrollan secador solar para café y chile",
       date="2023-04-18", source="Instituto Tecnológico Superior de la Sierra Gorda",
       bulletin_number="045", issuer="Instituto Tecnológico Superior de la Sierra Gorda",
       dateline_city="Jalpan de Serra",
       body_first_words="El prototipo reduce a la mitad el tiempo de secado",
       body_last_words="buscará registrar el diseño ante la autoridad de propiedad industrial.",
       boilerplate=["Comunicado de prensa No. 045", "[logotipo] TecNM |", "Subtítulo:", "---o0o---",
                    "Departamento de Difusión y Vinculación",
                    "difusion@itssg-qro.example", "Tel. 441 000 0273",
                    "Facebook e Instagram: @ITSSierraGordaEj"],
       must_keep=["Actualmente el secador se prueba en parcelas de 12 productores de Landa de Matamoros, Arroyo Seco y Pinal de Amoles, quienes registran diariamente la humedad y el peso del grano para comparar resultados."]))

# ---------------------------------------------------------------- p11
F("p11-manglares-campeche.markdown", """---
layout: post
title: Pescadores de Isla Aguada reforestan 15 hectáreas de manglar
date: 23/04/2019
autores: [Pedro Cauich Uc, Lucía Chan Dzib]
site_name: Sureste Digital
tags: [medio ambiente, Campeche, Laguna de Términos]
status: draft
---

Un grupo de 40 pescadores de Isla Aguada, en el municipio de Carmen, concluyó la reforestación de 15 hectáreas de manglar rojo y blanco en la orilla de la Laguna de Términos, una zona que resultó dañada por los incendios y la tala de hace una década.

Durante ocho meses, las familias recolectaron propágulos, los cultivaron en un vivero comunitario instalado en el patio de la cooperativa y después los sembraron en canales abiertos a mano para recuperar el flujo de agua entre la laguna y el mar.

El coordinador del grupo explicó que el manglar es la guardería de camarones, jaibas y peces, por lo que su recuperación está ligada directamente al ingreso de las familias. "Cuando se secó el manglar, bajó la pesca; ahora ya vemos otra vez crías en los canales", afirmó.

El trabajo recibió asesoría técnica de investigadores de una universidad regional, que monitorean la sobrevivencia de las plantas. Hasta ahora, siete de cada diez ejemplares sembrados siguen vivos, un porcentaje que los especialistas consideran alto.

La cooperativa busca financiamiento para extender el proyecto a otras 20 hectáreas y para capacitar a jóvenes de la comunidad como guías de turismo de naturaleza.
""", G(family="jekyll",
       title="Pescadores de Isla Aguada reforestan 15 hectáreas de manglar",
       date="2019-04-23", published=False, bylines=["Pedro Cauich Uc", "Lucía Chan Dzib"],
       source="Sureste Digital", section=None, placement=[],
       body_first_words="Un grupo de 40 pescadores de Isla Aguada,",
       body_last_words="capacitar a jóvenes de la comunidad como guías de turismo de naturaleza.",
       must_keep=["Hasta ahora, siete de cada diez ejemplares sembrados siguen vivos, un porcentaje que los especialistas consideran alto."]),
  nl="\r\n")

# ---------------------------------------------------------------- p12
F("p12-sargazo-cancun.md", """Llegada de sargazo obliga a cerrar tres playas públicas en Cancún

Enlace Peninsular / Redacción
9 de octubre de 2023 — 14:05

CANCÚN, Q. Roo (Enlace Peninsular).— Las autoridades municipales cerraron temporalmente las playas Delfines, Marlín y Chac Mool luego del recale masivo de sargazo registrado durante el fin de semana, que en algunos tramos formó capas de más de un metro de altura.

Foto: Cortesía

Cuadrillas de la Zona Federal Marítimo Terrestre trabajaron desde la madrugada con maquinaria ligera y rastrillos para retirar el alga antes de que comenzara su descomposición, que genera olores intensos y afecta la calidad del agua. Hasta el mediodía se habían recolectado unas 180 toneladas.

El semáforo de sargazo se mantiene en rojo para la zona hotelera y en naranja para Isla Mujeres y Puerto Morelos. Prestadores de servicios turísticos señalaron que varios grupos de visitantes cancelaron actividades acuáticas y pidieron reforzar las barreras en altamar.

Un investigador del instituto de ciencias del mar con sede en Puerto Morelos explicó que la temporada de sargazo se ha extendido hasta octubre en los últimos años, cuando antes terminaba en agosto, y que la cantidad de biomasa que llega a la costa podría seguir aumentando.

La autoridad municipal pidió a la población no ingresar a las playas cerradas y recordó que el alga en descomposición puede provocar irritación en la piel y molestias respiratorias. La reapertura dependerá de la limpieza y de los resultados de los análisis de agua.

Relacionado: Hoteleros de Tulum instalan 4 kilómetros de barrera antisargazo

Síguenos en X: @EnlacePeninsularEj | contacto@enlacepeninsular.example
""", G(family="wire",
       title="Llegada de sargazo obliga a cerrar tres playas públicas en Cancún",
       date="2023-10-09", bylines=[], source="Enlace Peninsular",
       body_first_words="Las autoridades municipales cerraron temporalmente las playas Delfines, Marlín y Chac Mool",
       body_last_words="dependerá de la limpieza y de los resultados de los análisis de agua.",
       boilerplate=["Relacionado: Hoteleros de Tulum instalan 4 kilómetros de barrera antisargazo",
                    "Síguenos en X: @EnlacePeninsularEj", "contacto@enlacepeninsular.example",
                    "CANCÚN, Q. Roo (Enlace Peninsular).—"],
       must_keep=["Hasta el mediodía se habían recolectado unas 180 toneladas."],
       photo_credit="Cortesía"),
  nl="mixed")

# ---------------------------------------------------------------- p13
F("p13-huertos-escolares.md", """# Huertos escolares: lo que aprendimos en el primer ciclo

Miércoles 15 de mayo de 2024

Hace un año, la asociación de madres y padres de familia de la primaria decidió convertir un terreno baldío junto a la cancha en un huerto. Al principio solo había piedras, cascajo y un par de árboles de guayaba que nadie regaba.

Con apoyo de un agrónomo jubilado que vive en la colonia, los grupos de cuarto, quinto y sexto grado prepararon seis camas de cultivo elevadas con tablas donadas por una maderería. Cada grupo se hizo responsable de una cama y de llevar un registro de riego en una libreta.

La primera cosecha fue modesta: rábanos, cilantro, lechugas y algunas calabacitas. Aun así, los alumnos prepararon una ensalada para todo el turno y la maestra de quinto aprovechó para explicar fracciones repartiendo las porciones.

Entre los problemas que enfrentamos estuvieron las hormigas, el calor de abril y el periodo vacacional, cuando nadie podía regar. Para el siguiente ciclo, un grupo de padres se organizó por turnos y se instaló un sistema de riego por goteo con botellas recicladas.

Lo más valioso, coinciden los docentes, fue ver a niñas y niños que antes no se interesaban en ciencias preguntando por qué una planta crece más que otra o qué necesita la tierra para no endurecerse.

Si otras escuelas quieren iniciar un proyecto similar, compartiremos con gusto la libreta de registros y la lista de semillas que mejor funcionaron en nuestro clima.
""", G(family="generic",
       title="Huertos escolares: lo que aprendimos en el primer ciclo",
       date="2024-05-15",
       body_first_words="Hace un año, la asociación de madres y padres de familia",
       body_last_words="la lista de semillas que mejor funcionaron en nuestro clima.",
       must_keep=["La primera cosecha fue modesta: rábanos, cilantro, lechugas y algunas calabacitas."]))

# ---------------------------------------------------------------- p14
F("p14-fugas-guaymas.txt", """CAPSGE · Comisión de Agua Potable y Saneamiento de Guaymas-Empalme
"Agua para todos, todos cuidamos el agua"

Boletín 27-A/2023

Heroica Guaymas, Sonora, a 22 de agosto de 2023

REPARAN 140 FUGAS EN COLONIAS DEL SECTOR NORTE
DURANTE OPERATIVO DE VERANO

• Cuadrillas trabajaron en tres turnos durante 20 días
• Se recuperan alrededor de 35 litros por segundo

La Comisión de Agua Potable y Saneamiento de Guaymas-Empalme informó que concluyó el operativo de verano para la atención de fugas en las colonias del sector norte, con 140 reparaciones en tomas domiciliarias y líneas de distribución.

El director general del organismo explicó que, con estos trabajos, se recuperan alrededor de 35 litros por segundo que antes se perdían, volumen suficiente para abastecer a cerca de 3 mil viviendas durante las horas de mayor consumo.

Las colonias con más reportes fueron Las Villas, Petrolera y San Vicente, donde la tubería tiene más de 40 años de antigüedad. En esos sectores se sustituyeron 600 metros de línea de asbesto por tubería de polietileno de alta densidad.

El organismo agradeció a la ciudadanía los reportes realizados a través de la línea de atención y pidió seguir informando cualquier fuga, por pequeña que parezca, ya que en temporada de calor la demanda de agua aumenta hasta 30 por ciento.

Asimismo, recordó que el programa de descuento para adultos mayores y personas con discapacidad sigue vigente en todas las oficinas de atención.

* * *

Coordinación de Comunicación Social CAPSGE
Reportes de fugas: 622 000 7300 | comunicacion@capsge.example
""", G(family="press_release",
       title="REPARAN 140 FUGAS EN COLONIAS DEL SECTOR NORTE DURANTE OPERATIVO DE VERANO",
       date="2023-08-22", source="Comisión de Agua Potable y Saneamiento de Guaymas-Empalme",
       bulletin_number="27-A/2023",
       issuer="Comisión de Agua Potable y Saneamiento de Guaymas-Empalme",
       dateline_city="Heroica Guaymas",
       body_first_words="Cuadrillas trabajaron en tres turnos durante 20 días",
       body_last_words="sigue vigente en todas las oficinas de atención.",
       boilerplate=['"Agua para todos, todos cuidamos el agua"', "Boletín 27-A/2023", "* * *",
                    "Coordinación de Comunicación Social CAPSGE",
                    "Reportes de fugas: 622 000 7300", "comunicacion@capsge.example"],
       must_keep=["En esos sectores se sustituyeron 600 metros de línea de asbesto por tubería de polietileno de alta densidad."]),
  enc="cp1252")

# ---------------------------------------------------------------- p15
F("p15-nota-guardada.html", """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Suspenden clases en 40 escuelas de Tapachula por lluvias | Frontera Sur Hoy</title>
<link rel="stylesheet" href="./Suspenden clases_files/style.css">
<script src="./Suspenden clases_files/gtag.js"></script>
</head>
<body class="single-post">
<header><nav><a href="/">Inicio</a> <a href="/estado">Estado</a></nav></header>
<article>
<h1>Suspenden clases en 40 escuelas de Tapachula por lluvias</h1>
<p class="byline">Por Ana Karen Velázquez | 3 de septiembre de 2023</p>
<p>La Secretaría de Educación estatal suspendió las clases en 40 planteles de Tapachula debido a las lluvias intensas que provocaron el desbordamiento del río Coatán.</p>
<p>Las autoridades pidieron a madres y padres de familia mantenerse atentos a los avisos oficiales.</p>
</article>
<footer>© 2023 Frontera Sur Hoy. Todos los derechos reservados.</footer>
</body>
</html>
""", BAD("El archivo es una página web guardada en HTML y no una nota de texto importable."))

# ---------------------------------------------------------------- p16
F("p16-inflacion-aguascalientes.md", """---
title: "Aguascalientes cierra 2022 con inflación de 7.9%, por debajo de la media nacional"
date: "2022-12-31T20:15:00-06:00"
author: Rogelio Macías Durón
outlet: Mercado Abierto Aguascalientes
categories: "Portada, Economía"
tags: [inflación, precios, canasta básica]
published: false
---

La capital de Aguascalientes cerró 2022 con una inflación anual estimada de 7.9 por ciento, ligeramente por debajo del promedio nacional, de acuerdo con el seguimiento de precios que realizan organismos empresariales de la entidad con base en la canasta de consumo local.

Los productos que más subieron de precio durante el año fueron el huevo, la tortilla, el aceite comestible y el pollo, con aumentos que en algunos casos superaron el 20 por ciento. En contraste, la gasolina se mantuvo prácticamente sin cambios gracias al subsidio federal.

Comerciantes del mercado Terán señalaron que las ventas de fin de año fueron similares a las de 2021 en número de clientes, pero con compras más pequeñas. "La gente llega con la misma cantidad de dinero y se lleva menos cosas", dijo una vendedora de abarrotes.

Economistas de una universidad local anticiparon que la inflación comenzará a bajar de manera gradual en el primer semestre de 2023, aunque advirtieron que los precios de los alimentos seguirán siendo el principal riesgo para los hogares de menores ingresos.

Para enero, los analistas esperan además el efecto de la llamada cuesta de enero, cuando coinciden el pago de predial, tenencia y colegiaturas.
""", G(family="jekyll",
       title="Aguascalientes cierra 2022 con inflación de 7.9%, por debajo de la media nacional",
       date="2022-12-31", published=False, bylines=["Rogelio Macías Durón"],
       source="Mercado Abierto Aguascalientes", section="Economía", placement=["Portada"],
       body_first_words="La capital de Aguascalientes cerró 2022 con una inflación anual estimada",
       body_last_words="coinciden el pago de predial, tenencia y colegiaturas.",
       must_keep=["En contraste, la gasolina se mantuvo prácticamente sin cambios gracias al subsidio federal."]))

# ---------------------------------------------------------------- p17
F("p17-puerto-salina-cruz.md", """La Voz del Istmo — Juchitán de Zaragoza, Oax., martes 8 de agosto de 2023

## Comerciantes del Istmo piden mesa de diálogo por obras del corredor interoceánico

Por: Gerardo Toledo Ruiz / Corresponsal

Foto: Gerardo Toledo / La Voz del Istmo

Comerciantes de los mercados de Juchitán, Ciudad Ixtepec y Salina Cruz solicitaron a las autoridades federales y estatales una mesa de diálogo para conocer el calendario de cierres viales que provocarán las obras del corredor interoceánico durante los próximos meses.

Representantes de cinco uniones de locatarios señalaron que en julio sus ventas cayeron hasta 35 por ciento porque los clientes de las comunidades de la sierra evitaron viajar ante los desvíos y las filas en la carretera Transístmica.

Te recomendamos: Reabren el mercado 5 de Septiembre tras cuatro años de reconstrucción

"No estamos en contra de las obras; lo que pedimos es que nos avisen con tiempo y que se abran rutas alternas para que la gente pueda llegar", explicó la presidenta de la unión de vendedoras de pescado seco y totopos.

Los comerciantes propusieron que los trabajos nocturnos se concentren en los tramos cercanos a los mercados y que se instalen señalamientos en zapoteco y español para orientar a los conductores.

Personal de la oficina regional de gobierno recibió el pliego petitorio y se comprometió a dar una respuesta en un plazo de diez días hábiles. Mientras tanto, las uniones acordaron reunirse cada lunes para dar seguimiento.

Con información de Noticias Binniza

📩 ¿Ya te suscribiste? Recibe cada mañana el resumen del Istmo en tu correo.
""".replace("hasta 35 por ciento", "hasta 35" + NB + "por ciento"),
  G(family="wire",
    title="Comerciantes del Istmo piden mesa de diálogo por obras del corredor interoceánico",
    date="2023-08-08", bylines=["Gerardo Toledo Ruiz"], source="La Voz del Istmo",
    body_first_words="Comerciantes de los mercados de Juchitán, Ciudad Ixtepec y Salina Cruz",
    body_last_words="las uniones acordaron reunirse cada lunes para dar seguimiento.",
    boilerplate=["Te recomendamos: Reabren el mercado 5 de Septiembre tras cuatro años de reconstrucción",
                 "Con información de Noticias Binniza",
                 "¿Ya te suscribiste? Recibe cada mañana el resumen del Istmo en tu correo."],
    must_keep=["Los comerciantes propusieron que los trabajos nocturnos se concentren en los tramos cercanos a los mercados y que se instalen señalamientos en zapoteco y español para orientar a los conductores."],
    photo_credit="Gerardo Toledo / La Voz del Istmo"))

# ---------------------------------------------------------------- p18
F("p18-reforma-transporte-puebla.md", """Cuatro Veces Heroica Puebla de Zaragoza, a 21 de febrero de 2024

Comunicado LXII/CS/0893

H. CONGRESO DEL ESTADO LIBRE Y SOBERANO DE PUEBLA
LXII LEGISLATURA

Aprueba Pleno reforma para garantizar tarifa preferencial en transporte a estudiantes de nivel medio superior

**- La reforma beneficiará a cerca de 180 mil jóvenes poblanos**
**- Concesionarios tendrán 90 días para adecuar sus sistemas de cobro**

En sesión ordinaria, el Pleno del Congreso del Estado de Puebla aprobó por mayoría de votos la reforma a la Ley de Movilidad para que las y los estudiantes de bachillerato, con credencial vigente, paguen la mitad de la tarifa en el transporte público concesionado de todo el estado.

Hasta ahora, el descuento solo aplicaba a estudiantes de educación superior y en rutas de la zona metropolitana. Con la modificación, la tarifa preferencial será obligatoria también en las rutas que conectan a las juntas auxiliares y a los municipios del interior.

La diputada que presentó la iniciativa explicó que el gasto en transporte representa hasta una quinta parte del ingreso de las familias de comunidades rurales, y que muchas y muchos jóvenes abandonan el bachillerato por no poder pagar el pasaje diario.

El dictamen establece que la autoridad de movilidad deberá emitir los lineamientos para la validación de credenciales y que los concesionarios contarán con 90 días naturales para adecuar sus sistemas de cobro, incluidas las tarjetas de prepago.

Durante la discusión, legisladores de oposición votaron en contra al considerar que la reforma no contempla una compensación para los transportistas. La reforma fue remitida al Ejecutivo para su publicación en el Periódico Oficial del Estado.

###

Coordinación General de Comunicación y Vinculación Social
comunicacion@congresopuebla.example · @CongresoPueblaEj
""", G(family="press_release",
       title="Aprueba Pleno reforma para garantizar tarifa preferencial en transporte a estudiantes de nivel medio superior",
       date="2024-02-21", source="Congreso del Estado de Puebla", bulletin_number="LXII/CS/0893",
       issuer="Congreso del Estado de Puebla",
       dateline_city="Cuatro Veces Heroica Puebla de Zaragoza",
       body_first_words="La reforma beneficiará a cerca de 180 mil jóvenes poblanos",
       body_last_words="fue remitida al Ejecutivo para su publicación en el Periódico Oficial del Estado.",
       boilerplate=["Comunicado LXII/CS/0893", "LXII LEGISLATURA", "###",
                    "Coordinación General de Comunicación y Vinculación Social",
                    "comunicacion@congresopuebla.example", "@CongresoPueblaEj"],
       must_keep=["Hasta ahora, el descuento solo aplicaba a estudiantes de educación superior y en rutas de la zona metropolitana."]),
  enc="utf-8-sig", nl="\r\n")

# ---------------------------------------------------------------- p19
F("p19-loros-colima-futbol.md", """---
layout: single
title: Loros de Colima asegura su pase a la liguilla con gol en el último minuto
date: 2021-07-14
category: Deportes
authors:
  - Héctor Pizano Larios
publicacion: Colima en Línea
published: pendiente   
---

Con un cabezazo de su defensa central en el minuto 93, el equipo de los Loros aseguró su lugar en la liguilla de la Serie A luego de vencer 2-1 a su rival de Jalisco ante poco más de 4 mil aficionados en el estadio universitario.   

El partido comenzó cuesta arriba para los locales, que recibieron un gol en contra al minuto 18 tras un error en la salida desde el fondo. El empate llegó hasta la segunda mitad, con un disparo de media distancia del mediocampista surgido de las fuerzas básicas del club.

Cuando parecía que el marcador no se movería, un tiro de esquina cobrado desde la izquierda encontró la cabeza del capitán, que remató sin marca para desatar la celebración en la tribuna.

El director técnico reconoció que el equipo sufrió más de lo esperado, pero destacó la respuesta del plantel después de una semana complicada por lesiones. "Jugamos con ocho jugadores menores de 21 años; eso habla del trabajo de la cantera", dijo en conferencia.

Con este resultado, el conjunto colimense terminó en el sexto lugar de su grupo y conocerá a su rival de cuartos de final cuando concluya la jornada el domingo. La directiva anunció que los boletos para el partido de ida tendrán un precio especial para estudiantes.
""", G(family="jekyll",
       title="Loros de Colima asegura su pase a la liguilla con gol en el último minuto",
       date="2021-07-14", published=False, bylines=["Héctor Pizano Larios"],
       source="Colima en Línea", section="Deportes",
       body_first_words="Con un cabezazo de su defensa central en el minuto 93,",
       body_last_words="los boletos para el partido de ida tendrán un precio especial para estudiantes.",
       must_keep=["Cuando parecía que el marcador no se movería, un tiro de esquina cobrado desde la izquierda encontró la cabeza del capitán, que remató sin marca para desatar la celebración en la tribuna."]),
  enc="cp1252")

# ---------------------------------------------------------------- p20
F("p20-ola-calor-torreon.txt", """## Golpes de calor suman 23 casos en La Laguna; Salud pide evitar actividades al aire libre

Por Luz Elena Carrillo y Omar Villarreal Saucedo
Torreón, Coahuila, 05/06/2024 | 18:42 hrs
Heraldo de la Laguna

Las autoridades de salud de la región Laguna contabilizan 23 casos de golpe de calor en lo que va de la temporada, tres de ellos en personas mayores de 70 años que requirieron hospitalización, mientras los termómetros se mantienen por encima de los 42 grados en Torreón, Gómez Palacio y Lerdo.

La jurisdicción sanitaria recomendó evitar la exposición al sol entre las 11:00 y las 17:00 horas, beber agua aunque no se tenga sed y no dejar a niñas, niños ni mascotas dentro de vehículos estacionados. También te recomendamos: Cortes de agua afectan a 40 colonias del oriente de Torreón El hospital general reportó que la mayoría de los pacientes atendidos son trabajadores de la construcción y vendedores ambulantes.

Los médicos explicaron que los síntomas de alerta son piel caliente y seca, mareo, dolor de cabeza intenso, confusión y ausencia de sudor. Ante cualquiera de ellos, recomiendan llevar a la persona a un lugar fresco, aflojar su ropa, aplicar compresas húmedas y pedir atención médica de inmediato.

En la zona rural, las autoridades municipales instalaron puntos de hidratación en ejidos de Matamoros y Francisco I. Madero, donde las familias trabajan en la cosecha de melón y sandía durante las primeras horas del día.

El pronóstico meteorológico prevé que la onda de calor se mantenga al menos hasta el fin de semana, con temperaturas máximas de hasta 44 grados el sábado.

Descarga la app del Heraldo de la Laguna y activa las notificaciones para enterarte primero.
""", G(family="wire",
       title="Golpes de calor suman 23 casos en La Laguna; Salud pide evitar actividades al aire libre",
       date="2024-06-05", bylines=["Luz Elena Carrillo", "Omar Villarreal Saucedo"],
       source="Heraldo de la Laguna",
       body_first_words="Las autoridades de salud de la región Laguna contabilizan 23 casos",
       body_last_words="con temperaturas máximas de hasta 44 grados el sábado.",
       boilerplate=["También te recomendamos: Cortes de agua afectan a 40 colonias del oriente de Torreón",
                    "Descarga la app del Heraldo de la Laguna y activa las notificaciones para enterarte primero."],
       must_keep=["El hospital general reportó que la mayoría de los pacientes atendidos son trabajadores de la construcción y vendedores ambulantes.",
                  "La jurisdicción sanitaria recomendó evitar la exposición al sol entre las 11:00 y las 17:00 horas, beber agua aunque no se tenga sed y no dejar a niñas, niños ni mascotas dentro de vehículos estacionados."]),
  nl="\r\n")

# ---------------------------------------------------------------- p21
F("p21-biblioteca-comunitaria.text", """Una biblioteca comunitaria en el patio de doña Chela
===================================================

En una calle sin pavimentar de la colonia, una puerta verde permanece abierta todas las tardes de lunes a viernes. Adentro, en un patio con techo de lámina, hay tres libreros de madera, cuatro mesas plegables y un letrero pintado a mano que dice «Aquí se presta, se lee y se regresa».   

La biblioteca empezó con los libros de texto que los nietos de doña Graciela ya no usaban y con una caja de novelas que una vecina iba a tirar. Hoy tiene más de 1,400 volúmenes, casi todos donados, ordenados por colores porque así los niños los encuentran más fácil.

Cada tarde llegan entre quince y veinte niñas y niños a hacer la tarea. Dos estudiantes de preparatoria ayudan con matemáticas a cambio de horas de servicio social, y los sábados una maestra jubilada organiza una lectura en voz alta.

No hay credenciales ni multas: quien se lleva un libro anota su nombre en un cuaderno y lo devuelve cuando termina. Doña Graciela asegura que en tres años solo se han perdido una docena de libros, "y seguro alguien los está leyendo".

El mayor problema es la lluvia, porque el techo gotea sobre uno de los libreros. Los vecinos organizaron una kermés para juntar el dinero de una lona y planean pintar un mural en la fachada con ayuda de los propios lectores.
""".replace("más de 1,400 volúmenes", "más de 1,400" + NB + "volúmenes"),
  G(family="generic",
    title="Una biblioteca comunitaria en el patio de doña Chela",
    body_first_words="En una calle sin pavimentar de la colonia, una puerta verde",
    body_last_words="pintar un mural en la fachada con ayuda de los propios lectores.",
    must_keep=["No hay credenciales ni multas: quien se lleva un libro anota su nombre en un cuaderno y lo devuelve cuando termina."]),
  enc="utf-8-sig")

# ---------------------------------------------------------------- p22
F("p22-semilla-maiz-guerrero.md", """[Imagen: logotipo — Representación Estatal de la Secretaría de Agricultura en Guerrero]

GOBIERNO DE MÉXICO

Núm. 112/23

Entregan semilla mejorada de maíz a 3 mil productores de la Montaña

Chilpancingo de los Bravo, Gro.; a 29 de agosto de 2023.- Con el propósito de elevar los rendimientos de las parcelas de temporal, se entregaron 60 toneladas de semilla mejorada de maíz a 3 mil productores de pequeña escala de los municipios de Tlapa de Comonfort, Metlatónoc, Cochoapa el Grande y Atlamajalcingo del Monte.

La semilla corresponde a variedades adaptadas a laderas y suelos delgados, desarrolladas a partir de maíces criollos de la región, por lo que conserva características de sabor y textura que las familias valoran para la elaboración de tortillas y tlacoyos.

El representante estatal explicó que cada productor recibió 20 kilogramos, suficientes para sembrar una hectárea, así como un paquete de biofertilizantes y asesoría técnica durante el ciclo. Los técnicos de campo visitarán las parcelas al menos en tres ocasiones para registrar el desarrollo del cultivo.

En la entrega participaron autoridades comunitarias y comisariados ejidales, quienes pidieron ampliar el programa a frijol y calabaza, cultivos que forman parte de la milpa tradicional de la Montaña.

La dependencia informó que en octubre se realizarán parcelas demostrativas en cuatro comunidades para comparar los rendimientos de la semilla mejorada con los de las variedades que se siembran tradicionalmente.

-30-

Área de Comunicación Social — Representación Guerrero
Tel. 747 000 5510 | prensa.gro@agricultura-rep.example
""", G(family="press_release",
       title="Entregan semilla mejorada de maíz a 3 mil productores de la Montaña",
       date="2023-08-29",
       source="Representación Estatal de la Secretaría de Agricultura en Guerrero",
       bulletin_number="112/23",
       issuer="Representación Estatal de la Secretaría de Agricultura en Guerrero",
       dateline_city="Chilpancingo de los Bravo",
       body_first_words="Con el propósito de elevar los rendimientos de las parcelas de temporal,",
       body_last_words="con los de las variedades que se siembran tradicionalmente.",
       boilerplate=["GOBIERNO DE MÉXICO", "Núm. 112/23", "-30-",
                    "Área de Comunicación Social — Representación Guerrero",
                    "Tel. 747 000 5510", "prensa.gro@agricultura-rep.example"],
       must_keep=["Los técnicos de campo visitarán las parcelas al menos en tres ocasiones para registrar el desarrollo del cultivo."]))

# ---------------------------------------------------------------- p23
import random as _r
_rng = _r.Random(2023)
_junk = (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" +
         bytes(_rng.randrange(256) for _ in range(1500)) +
         b"\x00\x00word/document.xml\x00" +
         bytes(_rng.randrange(256) for _ in range(900)))
F("p23-nota-corresponsal.txt", None,
  BAD("El archivo contiene datos binarios ilegibles y no un texto de nota."), raw=_junk)

# ---------------------------------------------------------------- p24
F("p24-dengue-tabasco.md", """---
layout: post
title: "Tabasco suma 1,100 casos de dengue; Centro y Cárdenas concentran la mitad"
date: 2023-02-30 10:00
autor: "Por Mariana Ocaña Javier"
fuente: Ventana Tabasqueña
categories: [Destacado, Salud]
tags: [dengue, Villahermosa]
published: true
---

Tabasco acumula alrededor de 1,100 casos confirmados de dengue en lo que va del año, y los municipios de Centro y Cárdenas concentran casi la mitad de los contagios, de acuerdo con el reporte epidemiológico más reciente de las autoridades sanitarias estatales.

La mayoría de los casos corresponde a dengue no grave, aunque se han registrado 140 casos con signos de alarma que requirieron hospitalización. Las colonias con más contagios en Villahermosa son Gaviotas, Tamulté y La Manga, zonas cercanas a cuerpos de agua.

Las brigadas de control de vectores intensificaron la fumigación y la aplicación de larvicida casa por casa, pero los trabajadores señalan que en muchos domicilios no se les permite el acceso o no hay nadie durante el día.

Personal médico recordó que los síntomas del dengue incluyen fiebre alta, dolor detrás de los ojos, dolor muscular y sarpullido, y pidió no automedicarse con antiinflamatorios porque pueden agravar las hemorragias.

La principal medida de prevención sigue siendo eliminar los recipientes que acumulan agua en patios y azoteas: llantas, cubetas, botellas y macetas. Las autoridades pidieron a la población voltear, tapar o tirar cualquier objeto que pueda convertirse en criadero de mosquitos.

*Foto: Archivo Ventana Tabasqueña*
""", G(family="jekyll",
       title="Tabasco suma 1,100 casos de dengue; Centro y Cárdenas concentran la mitad",
       date=None, published=True, bylines=["Mariana Ocaña Javier"],
       source="Ventana Tabasqueña", section="Salud", placement=["Destacado"],
       body_first_words="Tabasco acumula alrededor de 1,100 casos confirmados de dengue",
       body_last_words="cualquier objeto que pueda convertirse en criadero de mosquitos.",
       must_keep=["Las colonias con más contagios en Villahermosa son Gaviotas, Tamulté y La Manga, zonas cercanas a cuerpos de agua."],
       photo_credit="Archivo Ventana Tabasqueña"))

# ---------------------------------------------------------------- p25
F("p25-malecon-culiacan.txt", """Publicado: 11 noviembre, 2023 | Sinaloa al Instante

**Abren tramo renovado del malecón Niños Héroes con ciclovía y nuevas luminarias**

Por Jesús Manuel Beltrán | Sinaloa al Instante

Compartir: Facebook Twitter WhatsApp

[caption id="attachment_88123" align="aligncenter" width="800"]<img src="https://sinaloaalinstante.example/wp-content/uploads/2023/11/malecon.jpg" alt="malecón" /> Foto: Jesús Manuel Beltrán[/caption]

Culiacán, Sin.- Después de nueve meses de obras, autoridades municipales abrieron a la circulación peatonal y ciclista el tramo renovado del malecón Niños Héroes, entre el puente Juárez y el puente Hidalgo, a la orilla del río Tamazula.&nbsp;

El tramo de 1.8 kilómetros cuenta con una ciclovía confinada, andadores con piso antiderrapante, 120 luminarias nuevas, bebederos y áreas de ejercicio. También se plantaron 300 árboles de especies nativas, entre ellos amapas, guamúchiles y mezquites.

LEE ADEMÁS: Culiacán registra la madrugada más fría del otoño

Vecinos de las colonias cercanas recorrieron el malecón desde temprano. Algunos celebraron la iluminación, pues por las noches el tramo era considerado inseguro; otros se quejaron de que durante la obra se cerraron accesos a negocios de la zona sin aviso previo.

La dirección de obras públicas informó que la inversión fue de 64 millones de pesos, provenientes de recursos municipales y de un fondo federal para infraestructura urbana. La siguiente etapa, hacia el parque Las Riberas, iniciará en enero.

Las autoridades pidieron a los usuarios respetar la ciclovía, no circular en motocicleta por los andadores y reportar cualquier daño a las luminarias a través de la línea de atención ciudadana.&nbsp;

Etiquetas: Culiacán, malecón, obras públicas
""", G(family="wire",
       title="Abren tramo renovado del malecón Niños Héroes con ciclovía y nuevas luminarias",
       date="2023-11-11", bylines=["Jesús Manuel Beltrán"], source="Sinaloa al Instante",
       body_first_words="Después de nueve meses de obras, autoridades municipales abrieron",
       body_last_words="reportar cualquier daño a las luminarias a través de la línea de atención ciudadana.",
       boilerplate=["Compartir: Facebook Twitter WhatsApp", '[caption id="attachment_88123"',
                    "[/caption]", "&nbsp;",
                    "LEE ADEMÁS: Culiacán registra la madrugada más fría del otoño",
                    "Etiquetas: Culiacán, malecón, obras públicas", "Culiacán, Sin.-"],
       must_keep=["La siguiente etapa, hacia el parque Las Riberas, iniciará en enero."],
       photo_credit="Jesús Manuel Beltrán"),
  enc="cp1252")

# ---------------------------------------------------------------- p26
F("p26-transparencia-municipios.md", """COMISIÓN ESTATAL DE TRANSPARENCIA Y DATOS PERSONALES DE MICHOACÁN

COMUNICADO CETDP/CS/012/2024

OCHO DE CADA DIEZ MUNICIPIOS INCUMPLEN CON LA PUBLICACIÓN DE SUS NÓMINAS: CETDP

Morelia, Michoacán, a 30 de enero de 2024.– Al presentar los resultados de la verificación anual de obligaciones de transparencia, la Comisión Estatal de Transparencia y Datos Personales de Michoacán informó que 90 de los 113 ayuntamientos del estado no publican de manera completa y actualizada la nómina de su personal.

La comisionada presidenta explicó que la revisión se realizó sobre los portales de internet y la plataforma nacional durante el último trimestre de 2023, y que la nómina, los contratos de obra pública y los viáticos son las obligaciones con menor nivel de cumplimiento.

En contraste, el Poder Judicial, los organismos autónomos y la mayoría de las dependencias estatales alcanzaron índices superiores a 90 por ciento. Los partidos políticos registraron un cumplimiento promedio de 74 por ciento.

La Comisión notificará a los ayuntamientos con incumplimiento para que en un plazo de 20 días hábiles subsanen las omisiones; en caso contrario, podrá imponer amonestaciones públicas y multas a las personas servidoras públicas responsables.

Asimismo, anunció que durante febrero y marzo impartirá talleres regionales en Uruapan, Zamora, Zitácuaro, Lázaro Cárdenas y Apatzingán para capacitar a las unidades de transparencia municipales, muchas de las cuales cambiaron de titular tras el inicio de las nuevas administraciones.

FIN

Síguenos: X @CETDP_MichEj | Facebook /CETDPMichoacanEj
Unidad de Comunicación Social: comunicacion@cetdp-mich.example
""".replace("30 de enero de 2024", "30" + NB + "de enero de 2024"),
  G(family="press_release",
    title="OCHO DE CADA DIEZ MUNICIPIOS INCUMPLEN CON LA PUBLICACIÓN DE SUS NÓMINAS: CETDP",
    date="2024-01-30", source="Comisión Estatal de Transparencia y Datos Personales de Michoacán",
    bulletin_number="CETDP/CS/012/2024",
    issuer="Comisión Estatal de Transparencia y Datos Personales de Michoacán",
    dateline_city="Morelia",
    body_first_words="Al presentar los resultados de la verificación anual de obligaciones de transparencia,",
    body_last_words="muchas de las cuales cambiaron de titular tras el inicio de las nuevas administraciones.",
    boilerplate=["COMUNICADO CETDP/CS/012/2024", "FIN", "Síguenos: X @CETDP_MichEj",
                 "Facebook /CETDPMichoacanEj",
                 "Unidad de Comunicación Social: comunicacion@cetdp-mich.example"],
    must_keep=["Los partidos políticos registraron un cumplimiento promedio de 74 por ciento."]))

# ---------------------------------------------------------------- p27
F("p27-festival-pachuca.md", """---
layout: article
title: >-
  El Festival de la Plata vuelve a Pachuca con 70 actividades
  en barrios altos
date: 2020-11-03 08:00:00
autor: Ximena Olvera y Daniel Trejo
periodico: Ecos de Pachuca
categories: Cultura
tags:
  - Portada
  - Real del Monte
  - festivales
published: no
comments: false
---

El Festival de la Plata regresará este mes a Pachuca con 70 actividades gratuitas que, por primera vez, no se concentrarán en el centro histórico sino en los barrios altos de la ciudad: El Arbolito, La Palma, Camelia y San Juan Pachuca.

La organización explicó que la decisión busca llevar conciertos, exposiciones y talleres a las colonias mineras que dieron origen a la ciudad y que casi nunca reciben eventos culturales. Los escenarios se instalarán en canchas, explanadas de parroquias y patios de escuelas.

Debido a la contingencia sanitaria, todas las actividades tendrán aforo limitado y registro previo, y algunas se transmitirán por internet. Habrá funciones de teatro, un encuentro de bandas de viento, recorridos por antiguas minas y un taller de platería para jóvenes.

Artesanos de Real del Monte y Pachuca participarán en una muestra de piezas de plata elaboradas con técnicas tradicionales, que se podrá visitar durante todo el festival en el antiguo edificio de la caja de la compañía minera.

Vecinas y vecinos de El Arbolito participaron en la planeación y propusieron incluir una verbena con comida típica y juegos tradicionales para cerrar el programa.

{% include compartir.html %}
""", G(family="jekyll",
       title="El Festival de la Plata vuelve a Pachuca con 70 actividades en barrios altos",
       date="2020-11-03", published=False, bylines=["Ximena Olvera", "Daniel Trejo"],
       source="Ecos de Pachuca", section="Cultura", placement=["Portada"],
       body_first_words="El Festival de la Plata regresará este mes a Pachuca",
       body_last_words="con comida típica y juegos tradicionales para cerrar el programa.",
       boilerplate=["{% include compartir.html %}"],
       must_keep=["Habrá funciones de teatro, un encuentro de bandas de viento, recorridos por antiguas minas y un taller de platería para jóvenes."]),
  enc="utf-8-sig")

# ---------------------------------------------------------------- p28
F("p28-migrantes-tapachula.md", """Migrantes varados en Tapachula forman filas de hasta
dos días para tramitar visas humanitarias

Texto: Martín Gómez Pérez
Fotos: Karla Ruiz Espinosa
Tapachula, Chiapas. Jueves 25 de abril de 2024. Crónica Sur de Chiapas

Cientos de personas migrantes, en su mayoría provenientes de Venezuela, Honduras y Haití, permanecen formadas desde hace dos días frente a las oficinas migratorias de Tapachula para obtener una cita que les permita tramitar una visa por razones humanitarias.

La fila se extiende por más de tres cuadras sobre la avenida principal del barrio. Familias con niñas y niños pequeños duermen sobre cartones y pedazos de plástico, mientras vendedores ambulantes ofrecen agua, café y cargadores de celular.

"Llevamos un mes en la ciudad y ya no tenemos dinero para pagar el cuarto; lo único que queremos es un papel para poder trabajar", relató un padre de familia originario de Maracay que viaja con su esposa y tres hijos.

Organizaciones civiles que brindan asistencia en la frontera sur señalaron que la capacidad de atención de las oficinas es insuficiente y que muchas personas pierden su lugar cuando se retiran a buscar alimentos o atención médica.

LO MÁS LEÍDO
1. Detienen en Huixtla a presunto traficante de personas
2. Suben a 38 grados las temperaturas en el Soconusco
3. Productores de mango denuncian bajos precios en la central de abasto

Personal de protección civil municipal instaló dos tomas de agua y sanitarios portátiles en las inmediaciones. Los albergues de la ciudad reportan una ocupación superior a 150 por ciento.

¿Tienes una denuncia? Escríbenos a denuncias@cronicasur.example
""".replace("superior a 150 por ciento", "superior a 150" + NB + "por ciento"),
  G(family="wire",
    title="Migrantes varados en Tapachula forman filas de hasta dos días para tramitar visas humanitarias",
    date="2024-04-25", bylines=["Martín Gómez Pérez"], source="Crónica Sur de Chiapas",
    body_first_words="Cientos de personas migrantes, en su mayoría provenientes de Venezuela,",
    body_last_words="Los albergues de la ciudad reportan una ocupación superior a 150 por ciento.",
    boilerplate=["LO MÁS LEÍDO", "Detienen en Huixtla a presunto traficante de personas",
                 "Suben a 38 grados las temperaturas en el Soconusco",
                 "Productores de mango denuncian bajos precios en la central de abasto",
                 "¿Tienes una denuncia? Escríbenos a denuncias@cronicasur.example"],
    must_keep=["La fila se extiende por más de tres cuadras sobre la avenida principal del barrio."],
    photo_credit="Karla Ruiz Espinosa"))

# ---------------------------------------------------------------- p29
F("p29-ahorro-energia.markdown", """### Cinco hábitos para bajar el recibo de luz en temporada de calor

En muchas ciudades del norte y del sureste, el recibo de luz del verano puede duplicar o triplicar el del resto del año. El aire acondicionado y los ventiladores son necesarios, pero algunos hábitos sencillos ayudan a reducir el consumo sin pasar calor.   

1. **Limpiar los filtros del minisplit cada mes.** Un filtro sucio obliga al equipo a trabajar más para enfriar la misma habitación.
2. **Ajustar el termostato a 24 o 25 grados.** Cada grado menos puede aumentar el consumo de manera notable.
3. **Cerrar cortinas y persianas durante el día**, sobre todo en las ventanas que reciben el sol de la tarde.
4. **Desconectar aparatos que no se usan.** Televisores, cargadores y microondas consumen energía aunque estén apagados.
5. **Revisar el refrigerador.** Si el empaque de la puerta no sella bien, el motor se enciende con más frecuencia.

También conviene pintar de blanco la azotea o aplicar un impermeabilizante reflectivo, que reduce la temperatura interior de la casa varios grados. Aunque implica un gasto inicial, suele recuperarse en uno o dos veranos.

Por último, vale la pena revisar en el recibo si la vivienda ya rebasó el consumo básico de la tarifa de verano, porque a partir de ese límite cada kilowatt-hora cuesta bastante más. Llevar un registro semanal de la lectura del medidor ayuda a detectar a tiempo cualquier aumento y a corregir hábitos antes de que llegue un recibo elevado.
""", G(family="generic",
       title="Cinco hábitos para bajar el recibo de luz en temporada de calor",
       body_first_words="En muchas ciudades del norte y del sureste, el recibo de luz",
       body_last_words="a corregir hábitos antes de que llegue un recibo elevado.",
       must_keep=["Un filtro sucio obliga al equipo a trabajar más para enfriar la misma habitación."]))

# ---------------------------------------------------------------- p30
F("p30-juegos-deportivos-nl.txt", """GOBIERNO DE NUEVO LEÓN

Instituto Estatal de Cultura Física y Deporte de Nuevo León
Boletín No. 1102-23

Cd. Apodaca, N.L.; a 17 de septiembre de 2023

Arrancan los Juegos Deportivos Municipales con 6 mil atletas de 51 municipios

Por primera vez participan equipos de deporte adaptado en todas las disciplinas

• La justa se desarrollará durante seis fines de semana
• Las finales se celebrarán en el estadio estatal de atletismo

Con un desfile de delegaciones de los 51 municipios, el Instituto Estatal de Cultura Física y Deporte de Nuevo León inauguró la edición 2023 de los Juegos Deportivos Municipales, en la que competirán cerca de 6 mil atletas de entre 12 y 22 años en 19 disciplinas.

El director del Instituto explicó que la competencia servirá como proceso selectivo para integrar a las selecciones estatales que participarán en los juegos nacionales del próximo año, y que por primera vez todas las disciplinas contarán con una categoría de deporte adaptado.

Las sedes estarán distribuidas en Apodaca, Guadalupe, San Nicolás de los Garza, Santa Catarina y Linares, con el objetivo de que las delegaciones de los municipios del sur y del norte del estado no tengan que trasladarse siempre al área metropolitana.

Para apoyar a los municipios rurales, el Instituto cubrirá el transporte y la alimentación de las delegaciones de Aramberri, Doctor Arroyo, Galeana, Mier y Noriega y Zaragoza.

Los resultados y el calendario de competencias podrán consultarse en los canales oficiales del Instituto.

---000---

Coordinación de Comunicación Social INDE-NL
Tel. 81 0000 3030 · comunicacion@inde-nl.example
""", G(family="press_release",
       title="Arrancan los Juegos Deportivos Municipales con 6 mil atletas de 51 municipios",
       date="2023-09-17", source="Instituto Estatal de Cultura Física y Deporte de Nuevo León",
       bulletin_number="1102-23",
       issuer="Instituto Estatal de Cultura Física y Deporte de Nuevo León",
       dateline_city="Cd. Apodaca",
       body_first_words="Por primera vez participan equipos de deporte adaptado en todas las disciplinas",
       body_last_words="podrán consultarse en los canales oficiales del Instituto.",
       boilerplate=["GOBIERNO DE NUEVO LEÓN", "Boletín No. 1102-23", "---000---",
                    "Coordinación de Comunicación Social INDE-NL", "Tel. 81 0000 3030",
                    "comunicacion@inde-nl.example"],
       must_keep=["Para apoyar a los municipios rurales, el Instituto cubrirá el transporte y la alimentación de las delegaciones de Aramberri, Doctor Arroyo, Galeana, Mier y Noriega y Zaragoza."]),
  enc="cp1252", nl="\r\n")

# === END FILES ===


def main():
    names = set()
    for f in FILES:
        assert f["name"] not in names, f["name"]
        names.add(f["name"])
        with open(os.path.join(HERE, f["name"]), "wb") as fh:
            fh.write(encode(f))
        stem = f["name"].rsplit(".", 1)[0]
        with open(os.path.join(HERE, stem + ".gold.yaml"), "w", encoding="utf-8") as fh:
            yaml.safe_dump(f["gold"], fh, sort_keys=False, allow_unicode=True, width=1000)
    print(f"wrote {len(FILES)} files")


if __name__ == "__main__":
    main()
