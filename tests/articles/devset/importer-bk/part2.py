#!/usr/bin/env python3
"""importer-bk, files 11-20."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bk11 wire (stringer's phone dictation typed by the desk)
bk11 = """EL CENTINELA DEL GOLFO - MESA DE REDACCIÓN
NOTA DICTADA POR TELÉFONO
Corresponsal: Anselmo Terán Bautista (Tamazunchale, S.L.P.)
Tomó: MGR    Hora: 13:20    Fecha: 02/07/10
Sección: Región Huasteca
CABEZA: Crece el río Moctezuma; desalojan a 40 familias en Tamazunchale

Cuarenta familias de los barrios ribereños de Tamazunchale fueron desalojadas la mañana de este viernes luego de que el río Moctezuma subió cerca de cuatro metros por las lluvias que se han registrado desde el miércoles en la Huasteca potosina y en la Sierra Gorda de Querétaro.

Las familias fueron trasladadas al albergue que se habilitó en la escuela primaria del barrio de San Rafael, donde el DIF municipal les proporciona alimentos y cobijas. [CONFIRMAR CIFRA CON PROTECCIÓN CIVIL] Hasta el mediodía se contabilizaban 163 personas en el albergue, entre ellas 58 menores de edad.

El agua cubrió la cancha de usos múltiples de la colonia Chapulhuacanito y llegó hasta la orilla de la carretera federal 85, donde elementos de la Policía Federal colocaron señalamientos para advertir a los automovilistas. El paso hacia Tamán se mantiene abierto, aunque con precaución.

El coordinador municipal de Protección Civil, Fidencio Martell Ortiz, dijo que el nivel del río se mantiene estable desde las once de la mañana, pero que no se permitirá el regreso de las familias hasta que baje por completo. [se cortó la llamada, volvió a marcar 13:31] "No vamos a arriesgar a nadie; las casas de la orilla son las primeras que se inundan", declaró.

Comerciantes del mercado municipal reportaron que no llegaron los camiones de verdura que bajan de Xilitla, porque un derrumbe cerró un tramo del camino a la altura de Tlamaya.

Las autoridades recomendaron a la población no acercarse a los puentes colgantes y no intentar cruzar el río en lancha mientras dure la creciente.

FIN DE LA NOTA -- revisar ortografía de nombres con el corresponsal
"""
write_source('bk11.txt', bk11, enc='cp1252', eol='crlf')
write_gold('bk11', family='wire',
           title='Crece el río Moctezuma; desalojan a 40 familias en Tamazunchale',
           date='2010-07-02', bylines=['Anselmo Terán Bautista'], source='El Centinela del Golfo',
           section='Región Huasteca',
           body_first_words='Cuarenta familias de los barrios ribereños de Tamazunchale',
           body_last_words='mientras dure la creciente.',
           boilerplate=['EL CENTINELA DEL GOLFO - MESA DE REDACCIÓN', 'NOTA DICTADA POR TELÉFONO',
                        'Corresponsal: Anselmo Terán Bautista (Tamazunchale, S.L.P.)',
                        'Tomó: MGR    Hora: 13:20    Fecha: 02/07/10', 'Sección: Región Huasteca', 'CABEZA:',
                        '[CONFIRMAR CIFRA CON PROTECCIÓN CIVIL]', '[se cortó la llamada, volvió a marcar 13:31]',
                        'FIN DE LA NOTA -- revisar ortografía de nombres con el corresponsal'],
           must_keep=['Hasta el mediodía se contabilizaban 163 personas en el albergue, entre ellas 58 menores de edad.',
                      'donde el DIF municipal les proporciona alimentos y cobijas.',
                      '"No vamos a arriesgar a nadie; las casas de la orilla son las primeras que se inundan", declaró.',
                      'pero que no se permitirá el regreso de las familias hasta que baje por completo.'])

# ---------------------------------------------------------------- bk12 press (oil-sector union, signature block instead of end marker)
bk12 = """UNIÓN SINDICAL DE TRABAJADORES PETROLEROS DEL GOLFO
SECCIÓN 7 — CIUDAD MADERO, TAMPS.
Comité Ejecutivo Local
Secretaría de Prensa y Propaganda

BOLETÍN INFORMATIVO 14/2014

A LA BASE TRABAJADORA Y A LA OPINIÓN PÚBLICA:

EXIGE SECCIÓN 7 CONTRATACIÓN DE PERSONAL LOCAL PARA LA REHABILITACIÓN DE LA REFINERÍA MADERO

Ciudad Madero, Tamaulipas, a 24 de abril de 2014.

El Comité Ejecutivo Local de la Sección 7 demandó a las empresas contratistas que participarán en la rehabilitación de plantas de la Refinería Francisco I. Madero que den preferencia en la contratación a trabajadores transitorios de la región, conforme a lo que establece el contrato colectivo de trabajo.

En asamblea celebrada el pasado martes en el auditorio sindical, los trabajadores acordaron solicitar a la administración de la refinería una lista de las compañías que resultaron ganadoras de las licitaciones, así como el número de plazas que cada una requerirá durante los próximos dieciocho meses.

El secretario del Trabajo de la sección, Arnulfo Cano Pecina, informó que en la bolsa de trabajo sindical están registrados más de mil 900 transitorios de Ciudad Madero, Tampico y Altamira, muchos de ellos con experiencia en paros de mantenimiento. "No es justo que traigan soldadores y paileros de otros estados mientras aquí hay compañeros que llevan meses sin contrato", señaló.

La dirigencia también informó que mantiene las gestiones ante la empresa para el pago de los adeudos por concepto de tiempo extra correspondientes a la reparación general de 2012, que afectan a 340 trabajadores de planta.

Finalmente, se convocó a la base trabajadora a la asamblea general ordinaria del próximo 8 de mayo, en la que se rendirá el informe trimestral de la tesorería.

ATENTAMENTE
"POR LA UNIDAD Y LA DEFENSA DEL TRABAJO PETROLERO"

EL SECRETARIO GENERAL
C. HERIBERTO SOLÍS MALDONADO

EL SECRETARIO DE PRENSA Y PROPAGANDA
C. GUMARO REYNA ESCOBEDO
"""
write_source('bk12.txt', bk12)
write_gold('bk12', family='press_release',
           title='EXIGE SECCIÓN 7 CONTRATACIÓN DE PERSONAL LOCAL PARA LA REHABILITACIÓN DE LA REFINERÍA MADERO',
           date='2014-04-24', source='UNIÓN SINDICAL DE TRABAJADORES PETROLEROS DEL GOLFO',
           bulletin_number='14/2014', issuer='UNIÓN SINDICAL DE TRABAJADORES PETROLEROS DEL GOLFO',
           dateline_city='Ciudad Madero',
           body_first_words='El Comité Ejecutivo Local de la Sección 7 demandó a las empresas contratistas',
           body_last_words='se rendirá el informe trimestral de la tesorería.',
           boilerplate=['SECCIÓN 7 — CIUDAD MADERO, TAMPS.', 'Secretaría de Prensa y Propaganda',
                        'BOLETÍN INFORMATIVO 14/2014', 'A LA BASE TRABAJADORA Y A LA OPINIÓN PÚBLICA:',
                        'Ciudad Madero, Tamaulipas, a 24 de abril de 2014.', 'ATENTAMENTE',
                        '"POR LA UNIDAD Y LA DEFENSA DEL TRABAJO PETROLERO"', 'EL SECRETARIO GENERAL',
                        'C. HERIBERTO SOLÍS MALDONADO', 'C. GUMARO REYNA ESCOBEDO'],
           must_keep=['"No es justo que traigan soldadores y paileros de otros estados mientras aquí hay compañeros que llevan meses sin contrato", señaló.',
                      'que afectan a 340 trabajadores de planta.',
                      'En asamblea celebrada el pasado martes en el auditorio sindical, los trabajadores acordaron solicitar a la administración de la refinería una lista de las compañías que resultaron ganadoras de las licitaciones'])

# ---------------------------------------------------------------- bk13 jekyll (newspaper's WordPress era, wordpress-to-jekyll exporter)
bk13 = """---
id: 48211
title: 'Puente Tampico: cierran un carril por tres semanas para reparar juntas'
date: '2016-11-04T22:35:00-06:00'
author: Redacción El Centinela
layout: post
guid: http://www.elcentinela.example.mx/?p=48211
permalink: /tampico/puente-tampico-cierran-un-carril-por-tres-semanas/
image: /wp-content/uploads/2016/11/puente-tampico.jpg
categories:
  - Tampico
tags:
  - puente Tampico
  - vialidad
  - Pueblo Viejo
---
[caption id="attachment_48212" align="aligncenter" width="800"]<img src="http://www.elcentinela.example.mx/wp-content/uploads/2016/11/puente-tampico.jpg" alt="puente-tampico" width="800" height="533" class="size-full wp-image-48212" /> Foto: Aurelio Manzano / El Centinela[/caption]

A partir del lunes, el Puente Tampico operará con un solo carril en dirección a Veracruz durante al menos tres semanas, mientras cuadrillas de la Secretaría de Comunicaciones y Transportes sustituyen las juntas de dilatación de la parte más alta de la estructura.

El cierre se hará de las 8:00 a las 18:00 horas de lunes a sábado; por la noche y los domingos se abrirán los dos carriles. La dependencia recomendó a los transportistas de carga programar sus cruces en horario nocturno para evitar filas en la rampa de acceso de la colonia Morelos.

Vecinos de Pueblo Viejo, Veracruz, que cruzan diariamente para trabajar o estudiar en Tampico, temen que los tiempos de traslado se dupliquen. "Ya de por sí hacemos cuarenta minutos en la mañana; con un carril menos vamos a tener que salir de madrugada", dijo una maestra que espera el transporte en la caseta.

La última reparación mayor del puente, inaugurado en 1988, se realizó hace seis años. Las juntas actuales presentan desgaste y separaciones que provocan golpes en los vehículos y, según los ingenieros, aceleran el deterioro de la losa.

Tránsito municipal colocará agentes en el bulevar Adolfo López Mateos y en la avenida Álvaro Obregón para agilizar la circulación en las horas de mayor afluencia.

[embed]https://www.youtube.example.mx/watch?v=pTam2016nov[/embed]
"""
write_source('bk13.md', bk13)
write_gold('bk13', family='jekyll',
           title='Puente Tampico: cierran un carril por tres semanas para reparar juntas',
           date='2016-11-04', bylines=[], source=None, section='Tampico',
           body_first_words='A partir del lunes, el Puente Tampico operará con un solo carril',
           body_last_words='en las horas de mayor afluencia.',
           boilerplate=['[caption id="attachment_48212" align="aligncenter" width="800"]',
                        'class="size-full wp-image-48212"', 'Foto: Aurelio Manzano / El Centinela[/caption]',
                        '[embed]https://www.youtube.example.mx/watch?v=pTam2016nov[/embed]'],
           must_keep=['El cierre se hará de las 8:00 a las 18:00 horas de lunes a sábado; por la noche y los domingos se abrirán los dos carriles.',
                      '"Ya de por sí hacemos cuarenta minutos en la mañana; con un carril menos vamos a tener que salir de madrugada", dijo una maestra que espera el transporte en la caseta.',
                      'La última reparación mayor del puente, inaugurado en 1988, se realizó hace seis años.'],
           photo_credit='Aurelio Manzano / El Centinela')

# ---------------------------------------------------------------- bk14 generic (Markdown guide, BOM + CRLF, subheadings and lists)
bk14 = """# Xilitla en tres días: cascadas, pozas y café de sombra

Xilitla es uno de esos lugares de la Huasteca potosina a los que se llega por una carretera de curvas y se sale con ganas de volver. Estas notas reúnen lo que aprendimos en tres visitas, con la idea de que sirvan a quien vaya por primera vez.

## Día 1: el jardín surrealista

El jardín de Las Pozas, construido por el poeta inglés Edward James entre los años sesenta y ochenta, abre todos los días. Conviene llegar temprano, antes de que lleguen los autobuses de excursión, y llevar zapatos que no resbalen: las escaleras de concreto no tienen barandal y el musgo las vuelve peligrosas con la humedad.

> En temporada de lluvias algunas estructuras se cierran; pregunte en la taquilla antes de pagar el recorrido guiado.

## Día 2: cascadas cercanas

1. El salto de Tamasopo queda a poco más de dos horas por carretera y vale la pena si se sale de madrugada.
2. Más cerca, el sótano de las Huahuas recibe al amanecer miles de vencejos que salen en espiral del fondo.
3. La cascada de Tamul requiere un recorrido en lancha y, en época de secas, casi no lleva agua.

## Día 3: el pueblo y el café

En la plaza hay puestos de enchiladas huastecas y de bocoles, y en las faldas del cerro varias familias venden café cultivado bajo la sombra de los árboles. Algunas fincas aceptan visitas si se avisa con un día de anticipación.

Un consejo final: en Xilitla la señal de teléfono es intermitente. Lleve efectivo, descargue los mapas antes de salir y no confíe en que el navegador encuentre el camino de regreso.
"""
write_source('bk14.md', bk14, eol='crlf', bom=True)
write_gold('bk14', family='generic',
           title='Xilitla en tres días: cascadas, pozas y café de sombra',
           body_first_words='Xilitla es uno de esos lugares de la Huasteca potosina',
           body_last_words='no confíe en que el navegador encuentre el camino de regreso.',
           must_keep=['En temporada de lluvias algunas estructuras se cierran; pregunte en la taquilla antes de pagar el recorrido guiado.',
                      'La cascada de Tamul requiere un recorrido en lancha y, en época de secas, casi no lleva agua.',
                      'Algunas fincas aceptan visitas si se avisa con un día de anticipación.'])

# ---------------------------------------------------------------- bk15 wire (newspaper's 2020s headless site exported to Markdown)
bk15 = """<!-- export: cms-headless v2 | doc 64b1f0c2e9a7 | exportado 2023-11-09T05:52:11Z -->
Inicio / Local

# Pescadores del río Pánuco denuncian mortandad de peces frente a la colonia Morelos

**Por Brenda Salazar Cantú** · El Centinela del Golfo · Tampico

Publicado: 2023-11-08T23:40:00-06:00 · Actualizado: 2023-11-09T08:05:00-06:00

![Peces muertos en la orilla del río Pánuco](https://cdn.elcentinela.example.mx/2023/11/panuco-peces.jpg)
*Foto: Joel Ibarra / El Centinela*

Pescadores que trabajan en la ribera del río Pánuco, a la altura de la colonia Morelos de Tampico, denunciaron la aparición de cientos de peces muertos a lo largo de casi un kilómetro de orilla, principalmente lisas y bagres, desde la madrugada de este miércoles.

Eusebio Hernández Lara, quien pesca en la zona desde hace treinta años, dijo que el agua amaneció con un color oscuro y un olor fuerte. "Nunca habíamos visto tanto pescado flotando; se nos murió hasta la carnada", relató mientras mostraba las redes vacías.

Personal de la Procuraduría Federal de Protección al Ambiente y de la Comisión Nacional del Agua acudió por la tarde a tomar muestras del agua y de los peces, cuyos resultados se darán a conocer en los próximos días. **Lee también:** [Dragado del canal de navegación, sin fecha de inicio](https://www.elcentinela.example.mx/local/dragado-canal-sin-fecha)

Los pescadores pidieron que se revisen las descargas de drenaje pluvial que desembocan en esa parte del río, pues aseguran que durante las lluvias de la semana pasada observaron escurrimientos de color gris.

La cooperativa a la que pertenecen agrupa a 60 socios, que en esta temporada capturan entre 20 y 40 kilos diarios por lancha. Mientras no haya resultados, dijeron, nadie comprará su producto.

---

Etiquetas: [Tampico](/tags/tampico) · [río Pánuco](/tags/rio-panuco) · [medio ambiente](/tags/medio-ambiente)

**¿Tienes una denuncia?** Escríbenos al WhatsApp 833 555 0190.
"""
write_source('bk15.md', bk15)
write_gold('bk15', family='wire',
           title='Pescadores del río Pánuco denuncian mortandad de peces frente a la colonia Morelos',
           date='2023-11-08', bylines=['Brenda Salazar Cantú'], source='El Centinela del Golfo',
           section='Local',
           body_first_words='Pescadores que trabajan en la ribera del río Pánuco',
           body_last_words='nadie comprará su producto.',
           boilerplate=['<!-- export: cms-headless v2 | doc 64b1f0c2e9a7 | exportado 2023-11-09T05:52:11Z -->',
                        'Inicio / Local', 'Foto: Joel Ibarra / El Centinela',
                        '**Lee también:** [Dragado del canal de navegación, sin fecha de inicio](https://www.elcentinela.example.mx/local/dragado-canal-sin-fecha)',
                        'Etiquetas: [Tampico](/tags/tampico)', '¿Tienes una denuncia?',
                        'Escríbenos al WhatsApp 833 555 0190.'],
           must_keep=['"Nunca habíamos visto tanto pescado flotando; se nos murió hasta la carnada", relató mientras mostraba las redes vacías.',
                      'cuyos resultados se darán a conocer en los próximos días.',
                      'La cooperativa a la que pertenecen agrupa a 60 socios, que en esta temporada capturan entre 20 y 40 kilos diarios por lancha.'],
           photo_credit='Joel Ibarra / El Centinela')

# ---------------------------------------------------------------- bk16 press (port administration, tab table, cp1252)
bk16 = """ADMINISTRACIÓN PORTUARIA INTEGRAL DE ALTAMIRA, S.A. DE C.V.
Gerencia de Comercialización
Comunicado de Prensa APIALT-GC-027/12

Altamira, Tamaulipas, a 9 de julio de 2012.

Puerto de Altamira mueve 9.4 millones de toneladas en el primer semestre

El Puerto de Altamira manejó 9.4 millones de toneladas de carga durante el primer semestre de 2012, un crecimiento de 11 por ciento respecto al mismo periodo del año anterior, impulsado por el movimiento de contenedores y de productos petroquímicos a granel.

De acuerdo con las estadísticas de la Gerencia de Comercialización, el comportamiento por tipo de carga fue el siguiente:

Tipo de carga\tEne-jun 2011\tEne-jun 2012\tVariación
Contenedores (TEU)\t260,114\t301,880\t+16.1%
Granel mineral (t)\t2,915,400\t3,102,250\t+6.4%
Fluidos petroquímicos (t)\t1,880,310\t2,120,900\t+12.8%
Carga general suelta (t)\t702,660\t688,140\t-2.1%

El gerente de Comercialización, licenciado Tobías Arredondo Ferrer, atribuyó el aumento a la llegada de dos nuevos servicios navieros regulares con puertos del norte de Europa y a la ampliación de la capacidad de las terminales de fluidos en la zona industrial.

La carga general suelta registró una ligera baja por la menor importación de acero en planchón, que se espera se recupere en el segundo semestre con la reactivación de proyectos de construcción en el noreste del país.

El funcionario destacó que el puerto atendió 842 buques en el periodo y que el tiempo promedio de estadía de las embarcaciones se redujo a 2.3 días. Añadió que en septiembre concluirán los trabajos de profundización del canal de navegación, lo que permitirá recibir buques de mayor calado.

-ooo-

Comunicación Corporativa
Tel. (833) 555 0630 ext. 1204
comunicacion@puertoaltamira.example.mx
"""
write_source('bk16.txt', bk16, enc='cp1252', eol='crlf')
write_gold('bk16', family='press_release',
           title='Puerto de Altamira mueve 9.4 millones de toneladas en el primer semestre',
           date='2012-07-09', source='ADMINISTRACIÓN PORTUARIA INTEGRAL DE ALTAMIRA, S.A. DE C.V.',
           bulletin_number='APIALT-GC-027/12',
           issuer='ADMINISTRACIÓN PORTUARIA INTEGRAL DE ALTAMIRA, S.A. DE C.V.',
           dateline_city='Altamira',
           body_first_words='El Puerto de Altamira manejó 9.4 millones de toneladas de carga',
           body_last_words='lo que permitirá recibir buques de mayor calado.',
           boilerplate=['Comunicado de Prensa APIALT-GC-027/12',
                        'Altamira, Tamaulipas, a 9 de julio de 2012.', '-ooo-', 'Comunicación Corporativa',
                        'Tel. (833) 555 0630 ext. 1204', 'comunicacion@puertoaltamira.example.mx'],
           must_keep=['El Puerto de Altamira manejó 9.4 millones de toneladas de carga durante el primer semestre de 2012, un crecimiento de 11 por ciento respecto al mismo periodo del año anterior',
                      'La carga general suelta registró una ligera baja por la menor importación de acero en planchón',
                      'El funcionario destacó que el puerto atendió 842 buques en el periodo y que el tiempo promedio de estadía de las embarcaciones se redujo a 2.3 días.'])

# ---------------------------------------------------------------- bk17 jekyll (civic-data site, unquoted timestamp, table, kramdown IAL, footnotes)
bk17 = """---
layout: post
title: "Reynosa perdió 4 de cada 10 litros de agua potable en 2021"
date: 2021-12-12T23:40:00-06:00
last_modified_at: 2021-12-14
author: Mariela Lozano Quintanilla
category: Agua
tags: [Reynosa, agua potable, fugas, datos abiertos]
image: /assets/img/2021/reynosa-fugas.png
toc: true
org: Datos del Noreste
---

De cada diez litros de agua que el organismo operador de Reynosa potabilizó en 2021, cuatro no llegaron a ningún recibo. Así lo muestran los reportes mensuales de producción y facturación que obtuvimos mediante solicitudes de acceso a la información[^1] y que publicamos hoy en formato abierto.

El porcentaje de agua no contabilizada, que incluye fugas en la red, tomas clandestinas y medidores que no funcionan, pasó de 35 por ciento en 2019 a 41 por ciento en 2021:

| Año  | Producción (millones de m³) | Facturación (millones de m³) | No contabilizada |
|------|-----------------------------|------------------------------|------------------|
| 2019 | 118.2                       | 76.8                         | 35 %             |
| 2020 | 121.5                       | 75.3                         | 38 %             |
| 2021 | 124.9                       | 73.7                         | 41 %             |
{: .tabla-datos}

Las colonias con más reportes ciudadanos de fugas se concentran en el poniente de la ciudad, donde la red tiene más de cuarenta años y la presión es mayor por la cercanía de las plantas de bombeo.

Para comparar, el promedio de las ciudades mexicanas de más de 500 mil habitantes ronda 40 por ciento, según el último diagnóstico nacional disponible[^2]. Reynosa, por lo tanto, no es un caso extremo, pero su tendencia va en la dirección equivocada.

Los datos completos, con el detalle por mes y por sector hidráulico, pueden descargarse en la sección de conjuntos de datos de este sitio. Si encuentras un error, escríbenos.

[^1]: Solicitudes presentadas en la Plataforma Nacional de Transparencia entre marzo y octubre de 2021.
[^2]: Diagnóstico elaborado con datos de organismos operadores de 2019.
"""
write_source('bk17.md', bk17)
write_gold('bk17', family='jekyll',
           title='Reynosa perdió 4 de cada 10 litros de agua potable en 2021',
           date='2021-12-12', bylines=['Mariela Lozano Quintanilla'], source='Datos del Noreste',
           section='Agua',
           body_first_words='De cada diez litros de agua que el organismo operador de Reynosa',
           body_last_words='con datos de organismos operadores de 2019.',
           boilerplate=['{: .tabla-datos}'],
           must_keep=['Reynosa, por lo tanto, no es un caso extremo, pero su tendencia va en la dirección equivocada.',
                      'Las colonias con más reportes ciudadanos de fugas se concentran en el poniente de la ciudad',
                      'Solicitudes presentadas en la Plataforma Nacional de Transparencia entre marzo y octubre de 2021.'])

# ---------------------------------------------------------------- bk18 bad (a file of NUL bytes from a failed disk copy)
write_source('bk18.txt', raw=b'\x00' * 4096)
write_gold('bk18', family='bad',
           refusal_reason='El archivo sólo contiene bytes nulos (0x00); no hay texto que importar.')

# ---------------------------------------------------------------- bk19 wire (regional agency, web era)
bk19 = """SIGNO | Servicio Informativo del Golfo y Noreste
Estados
15.03.2021 — 11:48 h
Por Karla Ivette Rangel Zúñiga

## Productores de cítricos de Güémez y Padilla reportan daños por la helada de febrero

CIUDAD VICTORIA, Tamps., 15 de marzo (SIGNO).– Un mes después de la helada que afectó al noreste del país, productores de naranja y toronja de los municipios de Güémez, Padilla e Hidalgo estiman que perdieron entre 30 y 50 por ciento de la cosecha de la temporada y que algunos árboles jóvenes no se recuperarán.

La asociación de citricultores de la zona centro calcula que alrededor de 6 mil hectáreas resultaron dañadas. En los huertos más afectados, la fruta se desprendió del árbol en los días posteriores al congelamiento y quedó tirada en el suelo sin posibilidad de venderse al mercado de fruta fresca ni a las juguerías.

Te puede interesar: Reabren la carretera Victoria-Monterrey tras cierre por neblina

El presidente de la asociación, Rubén Castillo Nava, dijo que los productores pedirán a los gobiernos estatal y federal apoyos para la compra de fertilizante y para la reposición de planta. "Hay quien perdió el trabajo de diez años en una sola noche", afirmó.

Los técnicos recomiendan esperar a la brotación de primavera antes de podar, para distinguir las ramas que sí sobrevivieron, y no aplicar riegos pesados mientras el árbol no muestre recuperación.

Las empacadoras de la región, que dependen de la fruta local para cumplir sus contratos de exportación, anticipan una temporada corta y precios más altos para el consumidor.

Te puede interesar:
- [Aumenta 20% la venta de leña en la sierra tras ola de frío](https://signo.example.mx/estados/lena-sierra)
- [Reportan saldo blanco en el Carnaval de Tampico](https://signo.example.mx/estados/carnaval-tampico)

Esta nota puede reproducirse libremente citando a SIGNO como fuente.
SIGNO/KIRZ/lrv
"""
write_source('bk19.md', bk19)
write_gold('bk19', family='wire',
           title='Productores de cítricos de Güémez y Padilla reportan daños por la helada de febrero',
           date='2021-03-15', bylines=['Karla Ivette Rangel Zúñiga'],
           source='Servicio Informativo del Golfo y Noreste', section='Estados',
           body_first_words='Un mes después de la helada que afectó al noreste del país',
           body_last_words='precios más altos para el consumidor.',
           boilerplate=['CIUDAD VICTORIA, Tamps., 15 de marzo (SIGNO).–',
                        'Te puede interesar: Reabren la carretera Victoria-Monterrey tras cierre por neblina',
                        'Aumenta 20% la venta de leña en la sierra tras ola de frío',
                        'Reportan saldo blanco en el Carnaval de Tampico',
                        'Esta nota puede reproducirse libremente citando a SIGNO como fuente.', 'SIGNO/KIRZ/lrv'],
           must_keep=['"Hay quien perdió el trabajo de diez años en una sola noche", afirmó.',
                      'La asociación de citricultores de la zona centro calcula que alrededor de 6 mil hectáreas resultaron dañadas.',
                      'Las empacadoras de la región, que dependen de la fruta local para cumplir sus contratos de exportación, anticipan una temporada corta y precios más altos para el consumidor.'])

# ---------------------------------------------------------------- bk20 press (municipality, release quoted with "> " in an e-mail reply)
rel20 = """H. AYUNTAMIENTO DE HUEJUTLA DE REYES, HIDALGO
Coordinación de Comunicación Social
Comunicado 118/2021

Entregan 1,200 plantas de cedro y caoba a productores de la Huasteca hidalguense

Huejutla de Reyes, Hgo., 10 de noviembre de 2021.- Con el propósito de recuperar la cubierta forestal en las márgenes de los ríos Candelaria y Tehuetlán, el Ayuntamiento de Huejutla entregó 1,200 plantas de cedro rojo y caoba a 64 productores de once comunidades del municipio.

Las plantas fueron producidas en el vivero municipal de la localidad de Chililico, donde desde hace dos años se trabaja con semilla colectada en la propia región para asegurar que los árboles se adapten al clima cálido y húmedo de la Huasteca.

La directora de Ecología, bióloga Maricela Bautista Hernández, explicó que cada productor se comprometió a sembrar los árboles en las orillas de los arroyos y en los linderos de sus parcelas, y a cuidarlos durante al menos dos años. Personal del área realizará visitas de seguimiento cada tres meses.

"Cuando se tumba el monte de las orillas, el río se lleva la tierra en cada creciente; con los árboles, la milpa también gana", dijo durante la entrega en la comunidad de Coacuilco.

El programa contempla una segunda entrega en febrero, con especies frutales como naranja, mandarina y zapote, para las familias que tienen traspatio.

* * *

Coordinación de Comunicación Social
Tel. 789 555 0133
prensa@huejutla.example.mx
"""
bk20 = ("Recibido, gracias. Sale mañana en la sección Huasteca.\n\n-- \nMesa de Redacción\nEl Centinela del Golfo\n\n"
        "El mié, 10 nov 2021 a las 19:42, Comunicación Social Huejutla (<prensa@huejutla.example.mx>) escribió:\n"
        + ''.join(('> ' + l if l else '>') + '\n' for l in rel20.rstrip('\n').split('\n')))
write_source('bk20.txt', bk20)
write_gold('bk20', family='press_release',
           title='Entregan 1,200 plantas de cedro y caoba a productores de la Huasteca hidalguense',
           date='2021-11-10', source='H. AYUNTAMIENTO DE HUEJUTLA DE REYES, HIDALGO',
           bulletin_number='118/2021', issuer='H. AYUNTAMIENTO DE HUEJUTLA DE REYES, HIDALGO',
           dateline_city='Huejutla de Reyes',
           body_first_words='Con el propósito de recuperar la cubierta forestal',
           body_last_words='para las familias que tienen traspatio.',
           boilerplate=['Recibido, gracias. Sale mañana en la sección Huasteca.', 'Mesa de Redacción',
                        'El mié, 10 nov 2021 a las 19:42, Comunicación Social Huejutla (<prensa@huejutla.example.mx>) escribió:',
                        'Comunicado 118/2021', 'Huejutla de Reyes, Hgo., 10 de noviembre de 2021.-', '* * *',
                        'Tel. 789 555 0133', 'prensa@huejutla.example.mx'],
           must_keep=['Personal del área realizará visitas de seguimiento cada tres meses.',
                      '"Cuando se tumba el monte de las orillas, el río se lleva la tierra en cada creciente; con los árboles, la milpa también gana", dijo durante la entrega en la comunidad de Coacuilco.',
                      'Las plantas fueron producidas en el vivero municipal de la localidad de Chililico'])
