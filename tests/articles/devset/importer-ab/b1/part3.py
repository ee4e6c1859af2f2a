# -*- coding: utf-8 -*-
"""Files ab21-ab30."""
from _h import enc, gold, bad

FILES = []

# ---------------------------------------------------------------- ab21 press release, Tamaulipas (Boletín header, title before dateline, ---000---)
t21 = """GOBIERNO DE TAMAULIPAS
Secretaría de Salud
Boletín 1102

Ciudad Victoria, Tamaulipas, a 8 de marzo de 2023.

Salud Tamaulipas refuerza vigilancia por golpe de calor en municipios de la frontera y la costa

Ante el pronóstico de temperaturas superiores a los 40 grados en los próximos días, la Secretaría de Salud de Tamaulipas activó el protocolo de vigilancia epidemiológica de enfermedades relacionadas con el calor en hospitales de Reynosa, Matamoros, Nuevo Laredo, Tampico y Altamira.

La subsecretaria de Prevención y Promoción de la Salud, Alma Delia Cantú Garza, informó que en 2022 se registraron 146 casos de golpe de calor y 9 defunciones en la entidad, la mayoría en personas que trabajaban al aire libre.

Recomendó beber agua aunque no se tenga sed, evitar la exposición al sol entre las 11:00 y las 17:00 horas, usar ropa ligera de colores claros y nunca dejar a niñas, niños o mascotas dentro de vehículos cerrados.

Los síntomas de alarma incluyen piel caliente y seca, confusión, dolor de cabeza intenso, náuseas y pérdida del conocimiento. Ante cualquiera de ellos se debe llamar al 911 y colocar a la persona en un lugar fresco mientras llega la ayuda.

La dependencia distribuyó 60 mil sobres de suero oral en centros de salud y pidió a empresas agrícolas y de la construcción ajustar los horarios de trabajo durante la temporada de calor.

---000---

Coordinación de Comunicación Social
Tel. 834 000 0000 | saludtam.prensa@tam.example
"""
# trailing spaces on some lines
t21 = t21.replace('Boletín 1102\n', 'Boletín 1102  \n').replace('Secretaría de Salud\n', 'Secretaría de Salud \n', 1)
FILES.append(('ab21.txt', enc(t21), gold(
    'press_release',
    'Salud Tamaulipas refuerza vigilancia por golpe de calor en municipios de la frontera y la costa',
    '2023-03-08', [], 'Secretaría de Salud de Tamaulipas',
    'Ante el pronóstico de temperaturas superiores a los 40 grados',
    'ajustar los horarios de trabajo durante la temporada de calor.',
    ['GOBIERNO DE TAMAULIPAS', 'Boletín 1102', 'Ciudad Victoria, Tamaulipas, a 8 de marzo de 2023.',
     '---000---', 'Coordinación de Comunicación Social', 'saludtam.prensa@tam.example'],
    ['Recomendó beber agua aunque no se tenga sed, evitar la exposición al sol entre las 11:00 y las 17:00 horas, usar ropa ligera de colores claros y nunca dejar a niñas, niños o mascotas dentro de vehículos cerrados.',
     'La subsecretaria de Prevención y Promoción de la Salud, Alma Delia Cantú Garza, informó que en 2022 se registraron 146 casos de golpe de calor y 9 defunciones en la entidad, la mayoría en personas que trabajaban al aire libre.'],
    bulletin='1102', issuer='Secretaría de Salud de Tamaulipas', city='Ciudad Victoria')))

# ---------------------------------------------------------------- ab22 wire, radio Istmo (dateline masthead, newsletter pitch glued, Con información de)
t22 = """## Suspenden pesca en la laguna Superior por mortandad de peces

*Sonido Istmo Noticias* | 6 de junio de 2024 | Programa: Istmo al Día

Por Redacción Sonido Istmo

SALINA CRUZ, Oax. (Sonido Istmo).— Pescadores de San Mateo del Mar y Huazantlán del Río suspendieron sus actividades en la laguna Superior luego de que aparecieran miles de peces muertos en la orilla norte del cuerpo de agua.

La mortandad comenzó el fin de semana y afecta principalmente a lisas, mojarras y bagres. Los pescadores atribuyen el fenómeno a las altas temperaturas y a la baja oxigenación del agua, aunque también sospechan de descargas provenientes de la zona industrial.

La Procuraduría Federal de Protección al Ambiente tomó muestras de agua y de ejemplares muertos para su análisis en laboratorio. Los resultados estarán listos en diez días hábiles. Suscríbete a nuestro boletín diario y recibe lo más importante del Istmo en tu correo.

“Es la tercera vez en cinco años. Nadie nos dice qué está pasando y nosotros no tenemos otra forma de vivir”, dijo Florencio Gutiérrez, representante de la cooperativa Ikoots del Mar.

Autoridades municipales entregaron despensas a 450 familias de pescadores mientras se conocen los resultados y se determina si es seguro reanudar la captura.

Con información de Ana Luisa Toledo.

Foto: Sonido Istmo / Cortesía

Síguenos en X: @SonidoIstmoNot | contacto@sonidoistmo.example
"""
FILES.append(('ab22.md', enc(t22), gold(
    'wire',
    'Suspenden pesca en la laguna Superior por mortandad de peces',
    '2024-06-06', [], 'Sonido Istmo Noticias',
    'Pescadores de San Mateo del Mar y Huazantlán del Río suspendieron',
    'y se determina si es seguro reanudar la captura.',
    ['Programa: Istmo al Día', 'Por Redacción Sonido Istmo', 'SALINA CRUZ, Oax. (Sonido Istmo).—',
     'Suscríbete a nuestro boletín diario y recibe lo más importante del Istmo en tu correo.',
     'Con información de Ana Luisa Toledo.', '@SonidoIstmoNot', 'contacto@sonidoistmo.example'],
    ['Los resultados estarán listos en diez días hábiles.',
     'La mortandad comenzó el fin de semana y afecta principalmente a lisas, mojarras y bagres.'],
    photo='Sonido Istmo / Cortesía')))

# ---------------------------------------------------------------- ab23 jekyll (plain date, Redacción author, site_name, methodology)
t23 = """---
layout: article
title: El 62 % de las patrullas de la policía estatal de Colima está fuera de servicio
date: 2020-06-15
author: Redacción Expediente
site_name: Expediente Abierto
category: Seguridad
tags:
- Colima
- policía
- transparencia
featured: false
related: true
---

De las 418 patrullas que forman el parque vehicular de la Secretaría de Seguridad Pública de Colima, 259 están fuera de servicio por descomposturas mecánicas, falta de llantas o siniestros, según el inventario entregado vía transparencia.

La cifra equivale a 62 % de las unidades. En Manzanillo, el municipio con más delitos de alto impacto en el estado, solo 23 de las 71 patrullas asignadas están en operación.

El documento muestra que 94 vehículos llevan más de un año en talleres externos sin que se haya pagado su reparación. Otros 38 fueron declarados pérdida total y no se han dado de baja del inventario.

Un agente con diez años en la corporación explicó que los turnos se organizan para compartir unidades y que en ocasiones los elementos esperan en la base a que regrese una patrulla para salir a atender reportes.

La Secretaría informó que está en proceso la adquisición de 60 camionetas con recursos del fondo federal de seguridad y que el mantenimiento se contrató con una nueva empresa a partir de mayo.

**Metodología.** Este análisis se basa en el inventario vehicular con corte al 31 de marzo de 2020, obtenido mediante la solicitud de información 00311220. Clasificamos como fuera de servicio las unidades con estatus de taller, siniestro o baja pendiente.
"""
FILES.append(('ab23.markdown', enc(t23), gold(
    'jekyll',
    'El 62 % de las patrullas de la policía estatal de Colima está fuera de servicio',
    '2020-06-15', [], 'Expediente Abierto',
    'De las 418 patrullas que forman el parque vehicular de la Secretaría',
    'las unidades con estatus de taller, siniestro o baja pendiente.',
    ['Redacción Expediente', 'site_name: Expediente Abierto', 'related: true'],
    ['La cifra equivale a 62 % de las unidades.',
     'Otros 38 fueron declarados pérdida total y no se han dado de baja del inventario.'],
    section='Seguridad')))

# ---------------------------------------------------------------- ab24 bad: CSV export
t24 = """id,titulo,fecha,autor,seccion,estatus
1041,"Cierran playa por medusas en Mazatlán",2024-05-18,Karla Lizárraga,Local,publicado
1042,"Alerta por tormenta tropical en Los Cabos",2024-09-12,Redacción,Clima,publicado
1043,"Liberan crías de tortuga en Elota",2024-08-21,Comunicado,Medio ambiente,borrador
1044,"Leptospirosis en colonias inundadas",2023-11-14,Jesús Ovando,Salud,publicado
"""
FILES.append(('ab24.txt', enc(t24, eol='\r\n'), bad('El archivo es una exportación CSV de registros, no una nota.')))

# ---------------------------------------------------------------- ab25 press release, Oaxaca (title first, Windows-1252 + CRLF, FIN)
t25 = """Restringen acceso a playa Zicatela por contaminación tras lluvias; Salud toma muestras cada 48 horas

SECRETARÍA DEL MEDIO AMBIENTE Y DESARROLLO SUSTENTABLE DE OAXACA
Boletín SEMADES/0219/2023

San Pedro Mixtepec, Oax., 27 de septiembre de 2023.- Las secretarías del Medio Ambiente y de Salud de Oaxaca, en coordinación con el Ayuntamiento de San Pedro Mixtepec, restringieron temporalmente el acceso a un tramo de 800 metros de la playa Zicatela, en Puerto Escondido, luego de detectar niveles de enterococos por encima de la norma.

La titular de la dependencia ambiental, Rebeca Jarquín Sosa, explicó que las lluvias intensas de los últimos días provocaron el desbordamiento del arroyo Zicatela y el arrastre de aguas residuales hacia el mar.

Se colocaron letreros y banderas en los accesos principales, y elementos de la policía turística orientan a bañistas y surfistas para que eviten ingresar al agua en el tramo afectado. Las zonas de Playa Principal y Carrizalillo no presentan restricciones.

Personal de la Comisión Estatal para la Protección contra Riesgos Sanitarios tomará muestras cada 48 horas hasta que los resultados se normalicen. La reapertura se anunciará por medios oficiales.

La Secretaría informó que se revisará el funcionamiento del cárcamo de bombeo de la colonia Bacocho, que presentó una falla eléctrica durante la tormenta.

FIN

Departamento de Comunicación Social SEMADES
Tel. 951 000 0000
"""
FILES.append(('ab25.text', enc(t25, encoding='cp1252', eol='\r\n'), gold(
    'press_release',
    'Restringen acceso a playa Zicatela por contaminación tras lluvias; Salud toma muestras cada 48 horas',
    '2023-09-27', [], 'Secretaría del Medio Ambiente y Desarrollo Sustentable de Oaxaca',
    'Las secretarías del Medio Ambiente y de Salud de Oaxaca, en coordinación',
    'que presentó una falla eléctrica durante la tormenta.',
    ['SECRETARÍA DEL MEDIO AMBIENTE Y DESARROLLO SUSTENTABLE DE OAXACA',
     'Boletín SEMADES/0219/2023', 'San Pedro Mixtepec, Oax., 27 de septiembre de 2023.-',
     'Departamento de Comunicación Social SEMADES', 'Tel. 951 000 0000'],
    ['Las zonas de Playa Principal y Carrizalillo no presentan restricciones.',
     'La reapertura se anunciará por medios oficiales.'],
    bulletin='SEMADES/0219/2023', issuer='Secretaría del Medio Ambiente y Desarrollo Sustentable de Oaxaca',
    city='San Pedro Mixtepec')))

# ---------------------------------------------------------------- ab26 wire, TV Campeche (video caption glued, teaser at end, NBSP, curly quotes)
t26 = """Canal 9 del Puerto · Noticias Campeche

Vuelve a cerrar el puerto de Seybaplaya por frente frío; 300 lanchas sin salir al mar

Ciudad del Carmen, Campeche, 11 de enero de 2024 – 19:05\u00a0h
Nota de: Valeria Huchín Sansores | Noticiero Canal 9 Edición Nocturna

Foto: Canal 9 / Valeria Huchín

La Capitanía de Puerto mantiene cerrada la navegación para embarcaciones menores en Seybaplaya, Champotón y Ciudad del Carmen por el paso del frente frío número 24, que provoca rachas de viento de hasta 70 kilómetros por hora.

Alrededor de 300 lanchas de pesca ribereña permanecen varadas en la playa desde el martes. Los pescadores estiman pérdidas de hasta 2 mil pesos diarios por tripulación. [VIDEO: Oleaje golpea el malecón de Champotón · 0:52] El oleaje alcanzó entre 2 y 3 metros en la sonda de Campeche, de acuerdo con el Servicio Meteorológico Nacional.

“No podemos arriesgarnos, el mar está muy picado y ya hemos perdido compañeros en otros nortes”, dijo Evaristo Canul Ek, pescador de Seybaplaya.

Protección Civil estatal informó que no hay daños mayores, salvo la caída de algunos árboles y anuncios en Ciudad del Carmen. Se prevé que el viento disminuya a partir del viernes.

La Secretaría de Pesca anunció que las cooperativas registradas podrán solicitar un apoyo emergente de combustible cuando se reanuden las actividades.

Te puede interesar | Declaran desierta licitación del nuevo mercado de Champotón
Sigue a Canal 9 del Puerto en Facebook, Instagram y TikTok: @canal9puerto
"""
FILES.append(('ab26.txt', enc(t26), gold(
    'wire',
    'Vuelve a cerrar el puerto de Seybaplaya por frente frío; 300 lanchas sin salir al mar',
    '2024-01-11', ['Valeria Huchín Sansores'], 'Canal 9 del Puerto',
    'La Capitanía de Puerto mantiene cerrada la navegación para embarcaciones menores',
    'un apoyo emergente de combustible cuando se reanuden las actividades.',
    ['Noticiero Canal 9 Edición Nocturna', '[VIDEO: Oleaje golpea el malecón de Champotón · 0:52]',
     'Te puede interesar | Declaran desierta licitación del nuevo mercado de Champotón',
     'Sigue a Canal 9 del Puerto en Facebook, Instagram y TikTok', '@canal9puerto'],
    ['Los pescadores estiman pérdidas de hasta 2 mil pesos diarios por tripulación.',
     'El oleaje alcanzó entre 2 y 3 metros en la sonda de Campeche, de acuerdo con el Servicio Meteorológico Nacional.'],
    photo='Canal 9 / Valeria Huchín')))

# ---------------------------------------------------------------- ab27 generic (## title, bullet list, no byline/date)
t27 = """## Qué hacer si encuentras una tortuga marina varada en la playa

Cada año, decenas de tortugas marinas llegan a las playas del Pacífico mexicano heridas, enredadas en redes o desorientadas. Saber cómo actuar puede marcar la diferencia entre la vida y la muerte del animal.

Lo primero es no devolverla al mar. Una tortuga varada casi siempre tiene un problema de salud y, si se regresa al agua, puede ahogarse o volver a salir a la orilla en peor estado.

Los especialistas recomiendan seguir estos pasos:

- Mantener a las personas y a los perros a una distancia de al menos cinco metros.
- Colocar al animal a la sombra y cubrir su caparazón con una toalla húmeda, sin tapar la nariz.
- No levantarla de las aletas ni intentar quitarle anzuelos o sedal.
- Tomar fotografías y anotar la ubicación exacta.

Después hay que llamar a la oficina de Profepa más cercana o al campamento tortuguero de la zona, que cuentan con personal capacitado para el traslado y la atención veterinaria.

Si la tortuga está muerta, tampoco se debe mover ni enterrar. Los biólogos necesitan revisarla para identificar la causa de muerte, ya sea por captura incidental, golpes de embarcaciones o ingesta de plástico.

En México habitan seis de las siete especies de tortugas marinas del mundo, y todas están protegidas por la ley. Dañarlas, capturarlas o comerciar con sus productos es un delito que se castiga con cárcel.
"""
FILES.append(('ab27.md', enc(t27), gold(
    'generic',
    'Qué hacer si encuentras una tortuga marina varada en la playa',
    None, [], None,
    'Cada año, decenas de tortugas marinas llegan a las playas del Pacífico',
    'es un delito que se castiga con cárcel.',
    [],
    ['Lo primero es no devolverla al mar.',
     'Si la tortuga está muerta, tampoco se debe mover ni enterrar.'])))

# ---------------------------------------------------------------- ab28 jekyll (BOM before front matter, naive datetime, block categories with Destacadas, footnote, methodology)
t28 = """---
layout: post
title: "Siete de cada diez ductos de Pemex en Tabasco rebasaron su vida útil, según inventario interno"
date: 2019-09-03 08:00:00
authors:
  - name: Gilberto Sánchez Magaña
    twitter: "@gsmagana_datos"
  - name: Rebeca Olán Jiménez
sitio_web: Cifras en Claro
categories:
  - Destacadas
  - Energía
tags: [Pemex, ductos, Tabasco, fugas]
image:
  path: /uploads/2019/ductos.jpg
  alt: Ducto expuesto en Cárdenas
  credit: "Cifras en Claro / Gilberto Sánchez"
reading_time: 7
---

De los 1 870 ductos que Pemex opera en Tabasco, 1 314 tienen más de 30 años en servicio, el periodo de vida útil que la propia empresa establece para este tipo de infraestructura, según un inventario interno obtenido mediante transparencia[^1].

La antigüedad de la red coincide con el aumento de fugas reportadas en los municipios de Cárdenas, Huimanguillo y Comalcalco, donde productores de cacao y ganaderos han denunciado derrames en parcelas y arroyos.

| Municipio | Ductos | Más de 30 años | Fugas 2018 |
|---|---:|---:|---:|
| Cárdenas | 512 | 389 | 41 |
| Huimanguillo | 466 | 322 | 37 |
| Comalcalco | 301 | 214 | 22 |
| Centro | 188 | 97 | 9 |

Pemex no respondió a las preguntas enviadas para este reportaje. En su informe anual 2018, la empresa asegura que invierte en mantenimiento preventivo y en sistemas de detección de fugas.

Habitantes de la ranchería Río Seco, en Cárdenas, afirman que el último derrame, en marzo, tardó cuatro días en ser atendido. El agua del arroyo conserva una capa aceitosa.

### Metodología

Cruzamos el inventario de ductos con la base de fugas y derrames reportados a la Agencia de Seguridad, Energía y Ambiente (ASEA) en 2018. Consideramos la fecha de inicio de operación de cada ducto registrada en el inventario.

[^1]: Respuesta de Pemex a la solicitud de información 1857200219819.
"""
FILES.append(('ab28.md', enc(t28, bom=True), gold(
    'jekyll',
    'Siete de cada diez ductos de Pemex en Tabasco rebasaron su vida útil, según inventario interno',
    '2019-09-03', ['Gilberto Sánchez Magaña', 'Rebeca Olán Jiménez'], 'Cifras en Claro',
    'De los 1 870 ductos que Pemex opera en Tabasco, 1 314 tienen',
    'a la solicitud de información 1857200219819.',
    ['@gsmagana_datos', 'path: /uploads/2019/ductos.jpg', 'reading_time: 7'],
    ['El agua del arroyo conserva una capa aceitosa.',
     'Pemex no respondió a las preguntas enviadas para este reportaje.'],
    photo='Cifras en Claro / Gilberto Sánchez', section='Energía', placement=['Destacadas'])))

# ---------------------------------------------------------------- ab29 press release, Quintana Roo (COMUNICADO, dateline opening paragraph, -oOo-, social block)
t29 = """COMUNICADO

SECRETARÍA DE ECOLOGÍA Y MEDIO AMBIENTE
Gobierno del Estado de Quintana Roo

**Activan semáforo rojo de sargazo en Tulum, Solidaridad y Puerto Morelos**

Chetumal, Quintana Roo, 4 de abril de 2024.- La Secretaría de Ecología y Medio Ambiente (SEMA) del Gobierno del Estado de Quintana Roo informó que el semáforo de sargazo cambió a rojo para las playas de Tulum, Solidaridad y Puerto Morelos, debido a la llegada de recale excesivo en los últimos días.

El monitoreo satelital realizado en coordinación con la Red de Monitoreo del Sargazo muestra grandes concentraciones del alga a menos de 50 kilómetros de la costa, por lo que se prevé que la presencia continúe durante las próximas semanas.

La titular de la dependencia, Mariana Dzul Poot, explicó que se desplegaron 320 trabajadores y 14 máquinas para la limpieza diaria de playas públicas. En la bahía de Mahahual se instalaron 2.5 kilómetros de barreras para desviar el alga antes de que llegue a la orilla.

Recomendó a bañistas evitar el contacto prolongado con el sargazo en descomposición, que libera ácido sulfhídrico y puede provocar irritación en ojos y vías respiratorias, especialmente en personas con asma.

Isla Mujeres, Cozumel y Benito Juárez se mantienen en semáforo amarillo, mientras que la zona sur de Othón P. Blanco permanece en verde.

-oOo-

SEMA Quintana Roo · Unidad de Comunicación Social
Tel. 983 000 0000 · sema.comunicacion@qroo.example
Facebook: SEMA QRoo · Instagram: @sema_qroo · X: @SEMA_QRoo
"""
FILES.append(('ab29.md', enc(t29, eol='\r\n'), gold(
    'press_release',
    'Activan semáforo rojo de sargazo en Tulum, Solidaridad y Puerto Morelos',
    '2024-04-04', [], 'Secretaría de Ecología y Medio Ambiente de Quintana Roo',
    'La Secretaría de Ecología y Medio Ambiente (SEMA) del Gobierno del Estado',
    'la zona sur de Othón P. Blanco permanece en verde.',
    ['COMUNICADO', 'Gobierno del Estado de Quintana Roo', '-oOo-',
     'SEMA Quintana Roo · Unidad de Comunicación Social', 'Tel. 983 000 0000',
     'sema.comunicacion@qroo.example', '@sema_qroo'],
    ['En la bahía de Mahahual se instalaron 2.5 kilómetros de barreras para desviar el alga antes de que llegue a la orilla.',
     'Isla Mujeres, Cozumel y Benito Juárez se mantienen en semáforo amarillo, mientras que la zona sur de Othón P. Blanco permanece en verde.'],
    bulletin=None, issuer='Secretaría de Ecología y Medio Ambiente de Quintana Roo',
    city='Chetumal')))

# ---------------------------------------------------------------- ab30 wire, TV Sonora (mixed line endings, Lee también glued at end, EN VIVO, Actualizado)
t30 = """MAR DE CORTÉS TV — NOTICIAS SONORA
EN VIVO | Noticiero Mar de Cortés Matutino

# Rescatan a cuatro pescadores a la deriva frente a la isla San Pedro Nolasco

Por: Omar Valenzuela Félix
Guaymas, Son. · 19/10/2023 · 10:42 h · Actualizado 19/10/2023 12:10 h

Foto: Semar / Cortesía

Cuatro pescadores de Guaymas que permanecían desaparecidos desde el lunes fueron localizados con vida a bordo de su panga, a la deriva frente a la isla San Pedro Nolasco, informó la Secretaría de Marina.

Los hombres, de entre 24 y 51 años, salieron a capturar calamar el domingo por la noche, pero la embarcación sufrió una falla en el motor y las corrientes la alejaron de la costa. Lee también: Pescadores de calamar reportan la peor temporada en una década

Una aeronave de la Armada detectó la panga la mañana de este jueves y una patrulla interceptora los trasladó al muelle de la Sexta Zona Naval. Los cuatro presentaban deshidratación leve e insolación.

Familiares que esperaban en el muelle agradecieron a los pescadores de otras cooperativas que también salieron a buscarlos. “Nunca perdimos la fe, pero fueron tres noches muy largas”, dijo la esposa de uno de ellos.

La Capitanía de Puerto recordó que todas las embarcaciones deben llevar radio, chalecos salvavidas y bengalas, y avisar su ruta antes de zarpar.

Suscríbete a nuestro canal de YouTube para ver los noticieros completos.
Síguenos: @MarDeCortesTV
"""
_l = t30.split('\n')
# alternate endings: header lines CRLF, body LF, last two CR-LF again
t30m = '\r\n'.join(_l[:9]) + '\r\n' + '\n'.join(_l[9:-3]) + '\n' + '\r\n'.join(_l[-3:])
FILES.append(('ab30.text', t30m.encode('utf-8'), gold(
    'wire',
    'Rescatan a cuatro pescadores a la deriva frente a la isla San Pedro Nolasco',
    '2023-10-19', ['Omar Valenzuela Félix'], 'Mar de Cortés TV',
    'Cuatro pescadores de Guaymas que permanecían desaparecidos desde el lunes',
    'y bengalas, y avisar su ruta antes de zarpar.',
    ['EN VIVO | Noticiero Mar de Cortés Matutino', 'Actualizado 19/10/2023 12:10 h',
     'Lee también: Pescadores de calamar reportan la peor temporada en una década',
     'Suscríbete a nuestro canal de YouTube', '@MarDeCortesTV'],
    ['Los hombres, de entre 24 y 51 años, salieron a capturar calamar el domingo por la noche, pero la embarcación sufrió una falla en el motor y las corrientes la alejaron de la costa.',
     'Los cuatro presentaban deshidratación leve e insolación.'],
    photo='Semar / Cortesía')))
