#!/usr/bin/env python3
"""importer-cn, files 01-10."""
from common import write_source, write_gold, to_bytes, NBSP, ZWSP

# ---------------------------------------------------------------- cn01 wire (port daily, web page copy-paste)
cn01 = """Inicio / Puerto

Llegan 14 cruceros a Acapulco en la temporada de invierno, la cifra más alta en seis años

Por Brenda Salazar Nájera | El Vigía Porteño
Acapulco, Gro. | sábado 9 de noviembre de 2019 | 11:40

Compartir en Facebook   Compartir en X   Enviar por WhatsApp

El crucero Star Pacífico atracó en el muelle de la Terminal Marítima. Foto: Brenda Salazar Nájera / El Vigía Porteño

La Administración del Sistema Portuario confirmó que entre noviembre de 2019 y abril de 2020 llegarán a Acapulco 14 cruceros, la cifra más alta desde 2013, cuando la temporada apenas sumó cuatro arribos y varias navieras retiraron al puerto de sus itinerarios por la mala fama de la seguridad.

El primero de ellos atracó este sábado a las siete de la mañana con 2 mil 300 pasajeros y 900 tripulantes. Desde temprano, guías de turistas, taxistas y vendedores de artesanías esperaban en la explanada de la Terminal Marítima, frente al Fuerte de San Diego. Lee también: Reabren el Parque Papagayo tras dos años de obras La mayoría de los visitantes bajó a recorrer el Zócalo, la Quebrada y la playa Caleta.

Marisol Añorve Tapia, presidenta de la asociación de guías certificados del puerto, dijo que cada crucero deja una derrama de entre 3 y 4 millones de pesos en un solo día. “El crucerista gasta poco en comida, pero compra plata, ropa de playa y paga recorridos”, explicó.

Los comerciantes del centro pidieron al ayuntamiento que durante los días de arribo se retire a los vendedores ambulantes que se instalan en la avenida Costera y que se refuerce la limpieza del malecón, donde todavía hay tramos con basura y malos olores.

La capitanía de puerto informó que el próximo arribo será el 23 de noviembre, y que en diciembre se esperan tres barcos procedentes de Los Ángeles y San Francisco.

Te recomendamos
Suspenden clases en escuelas de la Costa Chica por frente frío
Vecinos de Renacimiento exigen pipas de agua
Gana Acapulco el torneo estatal de basquetbol sub 17

© El Vigía Porteño. Todos los derechos reservados.
"""
write_source('cn01.txt', cn01)
write_gold('cn01', family='wire',
           title='Llegan 14 cruceros a Acapulco en la temporada de invierno, la cifra más alta en seis años',
           date='2019-11-09', bylines=['Brenda Salazar Nájera'], source='El Vigía Porteño',
           section='Puerto',
           body_first_words='La Administración del Sistema Portuario confirmó que entre noviembre de 2019',
           body_last_words='tres barcos procedentes de Los Ángeles y San Francisco.',
           boilerplate=['Compartir en Facebook', 'Enviar por WhatsApp',
                        'El crucero Star Pacífico atracó en el muelle de la Terminal Marítima.',
                        'Foto: Brenda Salazar Nájera / El Vigía Porteño',
                        'Lee también: Reabren el Parque Papagayo tras dos años de obras',
                        'Te recomendamos',
                        'Suspenden clases en escuelas de la Costa Chica por frente frío',
                        'Vecinos de Renacimiento exigen pipas de agua',
                        'Gana Acapulco el torneo estatal de basquetbol sub 17',
                        '© El Vigía Porteño. Todos los derechos reservados.'],
           must_keep=['La mayoría de los visitantes bajó a recorrer el Zócalo, la Quebrada y la playa Caleta.',
                      'Desde temprano, guías de turistas, taxistas y vendedores de artesanías esperaban en la explanada de la Terminal Marítima, frente al Fuerte de San Diego.',
                      '“El crucerista gasta poco en comida, pero compra plata, ropa de playa y paga recorridos”, explicó.'],
           photo_credit='Brenda Salazar Nájera / El Vigía Porteño')

# ---------------------------------------------------------------- cn02 press (tourism board, release in an e-mail body)
cn02 = """De: Comunicación CTCG <comunicacion@ctcostagrande.example.mx>
Enviado el: miércoles, 7 de marzo de 2018 10:14 a. m.
Para: Mesa de Redacción <redaccion@diariosur.example.mx>
Asunto: COMUNICADO CTCG/041/2018 - Zihuatanejo recibe distintivo por playas limpias

Buenos días, compartimos el siguiente comunicado. Agradecemos su difusión.

CONSEJO TURÍSTICO COSTA GRANDE
Comunicado CTCG/041/2018

Playas de Zihuatanejo e Ixtapa conservan su certificación de calidad ambiental

Zihuatanejo, Guerrero, 7 de marzo de 2018.- Las playas La Ropa, Las Gatas y El Palmar conservaron por tercer año consecutivo la certificación de calidad ambiental que otorgan las autoridades federales, luego de una revisión que incluyó muestreos de agua, inspección de servicios sanitarios y evaluación de la señalización para bañistas.

El Consejo Turístico Costa Grande informó que la certificación es uno de los requisitos que piden los operadores de viajes de Canadá y Estados Unidos para incluir a un destino en sus paquetes de invierno. En la temporada 2017-2018 llegaron a Ixtapa Zihuatanejo 38 vuelos semanales desde esos dos países.

La presidenta del consejo, Araceli Bustamante Radilla, reconoció el trabajo de los prestadores de servicios y de las cooperativas de pescadores que participan en las jornadas de limpieza. “Una playa limpia no se logra con un operativo de una semana, sino con la gente que vive del mar todos los días”, señaló.

Para mantener el distintivo, el municipio deberá instalar nuevos contenedores separados para residuos en la playa Municipal y ampliar el horario de los salvavidas durante los fines de semana largos.

El consejo invitó a los visitantes a respetar las zonas de anidación de tortuga marina en El Palmar y a no dejar residuos en la arena.

-oOo-

Consejo Turístico Costa Grande
Coordinación de Comunicación
Tel. 755 555 0172 | comunicacion@ctcostagrande.example.mx
Instagram y X: @CostaGrandeTurEj

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de su destinatario y pueden contener información confidencial.
"""
write_source('cn02.txt', cn02, enc='cp1252', eol='crlf')
write_gold('cn02', family='press_release',
           title='Playas de Zihuatanejo e Ixtapa conservan su certificación de calidad ambiental',
           date='2018-03-07', source='CONSEJO TURÍSTICO COSTA GRANDE',
           bulletin_number='CTCG/041/2018', issuer='CONSEJO TURÍSTICO COSTA GRANDE',
           dateline_city='Zihuatanejo',
           body_first_words='Las playas La Ropa, Las Gatas y El Palmar conservaron',
           body_last_words='y a no dejar residuos en la arena.',
           boilerplate=['De: Comunicación CTCG <comunicacion@ctcostagrande.example.mx>',
                        'Enviado el: miércoles, 7 de marzo de 2018 10:14 a. m.',
                        'Para: Mesa de Redacción <redaccion@diariosur.example.mx>',
                        'Asunto: COMUNICADO CTCG/041/2018 - Zihuatanejo recibe distintivo por playas limpias',
                        'Buenos días, compartimos el siguiente comunicado. Agradecemos su difusión.',
                        'Comunicado CTCG/041/2018', 'Zihuatanejo, Guerrero, 7 de marzo de 2018.-',
                        '-oOo-', 'Coordinación de Comunicación',
                        'Tel. 755 555 0172 | comunicacion@ctcostagrande.example.mx',
                        'Instagram y X: @CostaGrandeTurEj',
                        'AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de su destinatario y pueden contener información confidencial.'],
           must_keep=['En la temporada 2017-2018 llegaron a Ixtapa Zihuatanejo 38 vuelos semanales desde esos dos países.',
                      '“Una playa limpia no se logra con un operativo de una semana, sino con la gente que vive del mar todos los días”, señaló.',
                      'El consejo invitó a los visitantes a respetar las zonas de anidación de tortuga marina en El Palmar y a no dejar residuos en la arena.'])

# ---------------------------------------------------------------- cn03 jekyll (independent outlet's Jekyll site)
cn03 = """---
layout: post
title: "En la Montaña, las parteras tradicionales piden que su trabajo sea reconocido"
date: 2016-11-03 23:40:00 -0600
author: Dalia Ortega Bahena
categories: Portada Montaña
tags: [salud, parteras, Tlapa]
image: /assets/img/2016/parteras-metlatonoc.jpg
excerpt_separator: <!--more-->
---

En los municipios de la Montaña de Guerrero, donde el hospital más cercano puede estar a cinco horas de camino, una de cada tres mujeres sigue dando a luz con ayuda de una partera tradicional. Ahora, un grupo de 60 parteras nahuas, me'phaa y na savi pide a las autoridades de salud que las reconozcan y las capaciten, en lugar de perseguirlas.

<!--more-->

{% include figura.html src="/assets/img/2016/parteras-metlatonoc.jpg" pie="Parteras de Metlatónoc durante un taller en Tlapa. Foto: Rogelio Nava Cortés" %}

Las parteras se reunieron durante tres días en Tlapa de Comonfort para redactar un documento que entregarán a la Secretaría de Salud del estado. En él piden un registro oficial, material de curación y un canal directo para trasladar a las mujeres cuando el parto se complica.

Doña Crescencia Villanueva, de 71 años, ha atendido más de 800 partos en comunidades de Metlatónoc y Cochoapa el Grande. Cuenta que en la clínica de su municipio le han pedido que ya no reciba a las embarazadas. “Pero cuando llueve y no hay carro, ¿a quién van a llamar?”, pregunta.

Médicos que trabajan en la región reconocen que sin las parteras la mortalidad materna sería mayor. Proponen que ellas acompañen a las mujeres durante el embarazo y que las clínicas atiendan los casos de riesgo.

La organización que convocó al encuentro informó que buscará una reunión con los diputados locales antes de que termine el año.
"""
write_source('cn03.md', cn03)
write_gold('cn03', family='jekyll',
           title='En la Montaña, las parteras tradicionales piden que su trabajo sea reconocido',
           date='2016-11-03', bylines=['Dalia Ortega Bahena'], section='Montaña',
           placement=['Portada'],
           body_first_words='En los municipios de la Montaña de Guerrero, donde el hospital más cercano',
           body_last_words='con los diputados locales antes de que termine el año.',
           boilerplate=['<!--more-->',
                        '{% include figura.html src="/assets/img/2016/parteras-metlatonoc.jpg" pie="Parteras de Metlatónoc durante un taller en Tlapa. Foto: Rogelio Nava Cortés" %}'],
           must_keep=['Ahora, un grupo de 60 parteras nahuas, me\'phaa y na savi pide a las autoridades de salud que las reconozcan y las capaciten, en lugar de perseguirlas.',
                      'En él piden un registro oficial, material de curación y un canal directo para trasladar a las mujeres cuando el parto se complica.',
                      '“Pero cuando llueve y no hay carro, ¿a quién van a llamar?”, pregunta.'],
           photo_credit='Rogelio Nava Cortés')

# ---------------------------------------------------------------- cn04 wire (Lotus Notes/Domino structured-text export, cp850)
cn04 = """$Form:  NotaRedaccion
Medio:  Diario Oriente de Morelos
Seccion:  Región Oriente
Balazo:  CUAUTLA
Titulo:  Productores de Ayala pierden 40% de la cosecha de sorgo por la sequía
Autor:  CN=Martha Celis Rendón/OU=Redaccion/O=DiarioOriente
FechaCreacion:  13/08/2002 11:48:02 p.m.
FechaPublicacion:  14/08/2002
Estatus:  Publicada
$UpdatedBy:  CN=Martha Celis Rendón/OU=Redaccion/O=DiarioOriente, CN=Mesa Editorial/O=DiarioOriente
$Revisions:  13/08/2002 11:48:02 p.m., 14/08/2002 12:31:40 a.m.
Body:  
Los productores de sorgo del municipio de Ayala calculan que perdieron alrededor del 40 por ciento de su cosecha de temporal, luego de que en julio y la primera quincena de agosto apenas llovió la tercera parte de lo que cae en un año normal.

En los ejidos de Tenextepango, Anenecuilco y Jaloxtoc las plantas se quedaron a media altura y muchas espigas no alcanzaron a llenar el grano. Los campesinos recorrieron ayer sus parcelas con técnicos de la delegación estatal de la Secretaría de Agricultura para levantar el inventario de daños.

El comisariado ejidal de Tenextepango, Rufino Alarcón Pliego, dijo que la mayoría de los productores sembró con créditos que deberán pagar en diciembre. "Si no nos apoyan con el seguro catastrófico, muchos van a tener que vender su ganado para cubrir la deuda", advirtió.

De acuerdo con los técnicos, las parcelas con riego del distrito de Cuautla no registraron pérdidas, pero representan menos de la quinta parte de la superficie sembrada de sorgo en la región oriente.

Los productores entregarán el próximo lunes en Cuernavaca un pliego con sus peticiones, entre ellas la ampliación del plazo de sus créditos y la entrega de semilla para el siguiente ciclo.
\f"""
write_source('cn04.txt', cn04, enc='cp850', eol='crlf')
write_gold('cn04', family='wire',
           title='Productores de Ayala pierden 40% de la cosecha de sorgo por la sequía',
           date='2002-08-14', bylines=['Martha Celis Rendón'], source='Diario Oriente de Morelos',
           section='Región Oriente',
           body_first_words='Los productores de sorgo del municipio de Ayala calculan',
           body_last_words='y la entrega de semilla para el siguiente ciclo.',
           boilerplate=['$Form:  NotaRedaccion', 'Balazo:  CUAUTLA',
                        'Autor:  CN=Martha Celis Rendón/OU=Redaccion/O=DiarioOriente',
                        'FechaCreacion:  13/08/2002 11:48:02 p.m.', 'Estatus:  Publicada',
                        '$Revisions:  13/08/2002 11:48:02 p.m., 14/08/2002 12:31:40 a.m.'],
           must_keep=['Los campesinos recorrieron ayer sus parcelas con técnicos de la delegación estatal de la Secretaría de Agricultura para levantar el inventario de daños.',
                      '"Si no nos apoyan con el seguro catastrófico, muchos van a tener que vender su ganado para cubrir la deuda", advirtió.',
                      'De acuerdo con los técnicos, las parcelas con riego del distrito de Cuautla no registraron pérdidas, pero representan menos de la quinta parte de la superficie sembrada de sorgo en la región oriente.'])

# ---------------------------------------------------------------- cn05 press (state security coordination)
cn05 = """COMUNICADO DE PRENSA
GRUPO DE COORDINACIÓN GUERRERO
Número: GCG/003/2020
Chilpancingo de los Bravo, Gro., 12 de enero de 2020

REFUERZAN VIGILANCIA EN LA CARRETERA FEDERAL 200 TRAS EL PERIODO VACACIONAL

Con el fin de garantizar el regreso seguro de los visitantes que pasaron las fiestas decembrinas en la Costa Grande y la Costa Chica, el Grupo de Coordinación Guerrero mantiene desde el pasado 2 de enero un despliegue de 640 elementos en los tramos de la carretera federal 200 comprendidos entre Petatlán y Cruz Grande.

En el operativo participan la Secretaría de la Defensa Nacional, la Secretaría de Marina, la Guardia Nacional, la Fiscalía General del Estado y la Secretaría de Seguridad Pública estatal, así como las policías municipales de Tecpan de Galeana, Atoyac de Álvarez, Coyuca de Benítez y San Marcos.

Durante los primeros diez días del operativo se instalaron 14 puntos de revisión y se realizaron recorridos de vigilancia en las comunidades cercanas a la carretera. En ese periodo se atendieron 37 llamadas de auxilio de automovilistas, la mayoría por fallas mecánicas y ponchaduras.

El Grupo de Coordinación recordó que los puntos de revisión operan con personal identificado y que ningún elemento está autorizado para solicitar dinero a los conductores. Cualquier abuso puede reportarse de manera anónima al número de denuncia ciudadana.

Las acciones se mantendrán hasta el 20 de enero, fecha en que concluye el regreso a clases en las escuelas de nivel superior del estado.

---o0o---

#GuerreroSeguro
Coordinación de Comunicación Social del Grupo de Coordinación Guerrero
Tel. 747 555 0163
"""
write_source('cn05.txt', cn05, eol='crlf', bom=True)
write_gold('cn05', family='press_release',
           title='REFUERZAN VIGILANCIA EN LA CARRETERA FEDERAL 200 TRAS EL PERIODO VACACIONAL',
           date='2020-01-12', source='GRUPO DE COORDINACIÓN GUERRERO',
           bulletin_number='GCG/003/2020', issuer='GRUPO DE COORDINACIÓN GUERRERO',
           dateline_city='Chilpancingo de los Bravo',
           body_first_words='Con el fin de garantizar el regreso seguro de los visitantes',
           body_last_words='en las escuelas de nivel superior del estado.',
           boilerplate=['COMUNICADO DE PRENSA', 'Número: GCG/003/2020',
                        'Chilpancingo de los Bravo, Gro., 12 de enero de 2020', '---o0o---',
                        '#GuerreroSeguro',
                        'Coordinación de Comunicación Social del Grupo de Coordinación Guerrero',
                        'Tel. 747 555 0163'],
           must_keep=['En ese periodo se atendieron 37 llamadas de auxilio de automovilistas, la mayoría por fallas mecánicas y ponchaduras.',
                      'Cualquier abuso puede reportarse de manera anónima al número de denuncia ciudadana.',
                      'Las acciones se mantendrán hasta el 20 de enero, fecha en que concluye el regreso a clases en las escuelas de nivel superior del estado.'])

# ---------------------------------------------------------------- cn06 wire (story shared from a news app)
cn06 = """Mira esta nota en NotiMorelos 📲 https://notimorelos.example.mx/n/8841201""" + ZWSP + """

Cuernavaca registra la temperatura más alta de su historia: 36.8 grados

NotiMorelos
Clima · 17 may 2024 · 8:15 a. m.
Por Itzayana Bustos Pliego

▶️ Escuchar nota · 3 min     🔖 Guardar     Aa

La estación meteorológica de la Comisión Nacional del Agua en Cuernavaca registró la tarde del jueves una temperatura máxima de 36.8 grados centígrados, la más alta desde que hay registros en la capital morelense, informó el organismo.

La marca anterior era de 35.5 grados y se había registrado en abril de 1998. En la llamada ciudad de la eterna primavera, la temperatura promedio de mayo ronda normalmente los 30 grados.

Los municipios de la zona sur, como Jojutla, Tlaquiltenango y Puente de Ixtla, superaron los 42 grados, mientras que en Cuautla el termómetro llegó a 40. La Secretaría de Salud del estado informó que en lo que va de la temporada ha atendido a 57 personas por golpe de calor, dos de ellas en estado grave.

El Instituto de la Educación Básica autorizó a las escuelas a modificar su horario y suspender las actividades al aire libre y los honores a la bandera mientras dure la onda de calor. Algunas primarias de Temixco y Xochitepec comenzaron a salir una hora antes.

Vecinos de colonias como Chipitlán y Antonio Barona reportaron además cortes de luz durante la noche por la sobrecarga de la red eléctrica. La empresa eléctrica atribuyó las fallas al uso de aparatos de aire acondicionado.

El servicio meteorológico prevé que las temperaturas comiencen a bajar a partir del martes, con la llegada de las primeras lluvias de la temporada.

Compartido desde la app NotiMorelos para Android. Descárgala gratis: https://notimorelos.example.mx/app
"""
write_source('cn06.txt', cn06)
write_gold('cn06', family='wire',
           title='Cuernavaca registra la temperatura más alta de su historia: 36.8 grados',
           date='2024-05-17', bylines=['Itzayana Bustos Pliego'], source='NotiMorelos',
           section='Clima',
           body_first_words='La estación meteorológica de la Comisión Nacional del Agua en Cuernavaca',
           body_last_words='con la llegada de las primeras lluvias de la temporada.',
           boilerplate=['Mira esta nota en NotiMorelos', 'Escuchar nota · 3 min', 'Guardar',
                        'Compartido desde la app NotiMorelos para Android. Descárgala gratis: https://notimorelos.example.mx/app'],
           must_keep=['La marca anterior era de 35.5 grados y se había registrado en abril de 1998.',
                      'La Secretaría de Salud del estado informó que en lo que va de la temporada ha atendido a 57 personas por golpe de calor, dos de ellas en estado grave.',
                      'La empresa eléctrica atribuyó las fallas al uso de aparatos de aire acondicionado.'])

# ---------------------------------------------------------------- cn07 press (public hospital, PDF-to-text)
cn07 = """                Gobierno del Estado de Guerrero | Secretaría de Salud

                      HOSPITAL GENERAL DE ACAPULCO
                   Departamento de Comunicación Social

                                                Boletín HGA/CS/027/2022

   Acapulco de Juárez, Gro., a 9 de mayo de 2022.

   REALIZA EL HOSPITAL GENERAL DE ACAPULCO SU PRIMERA JORNADA DE
   CIRUGÍA DE CATARATAS DEL AÑO

   Durante el fin de semana, el servicio de Oftalmología del Hospital General
   de Acapulco realizó 62 cirugías de catarata a personas adultas mayores sin
   seguridad social, procedentes de Acapulco, Coyuca de Benítez, San Marcos y
   otros municipios de la Costa Chica.

   La jornada se organizó con el apoyo de médicos residentes y de enfermeras
   especialistas del propio hospital. Las y los pacientes fueron valorados
   desde el mes de marzo y recibieron sin costo los estudios previos, la lente
   intraocular y los medicamentos para el postoperatorio.

   El jefe del servicio, doctor Efrén Maldonado Lugo, explicó que la catarata
   es la principal causa de ceguera reversible en el estado y que muchas per-
   sonas esperan años para operarse porque no pueden pagar una clínica parti-
   cular. La cirugía dura en promedio veinte minutos.

   Av. Ruiz Cortines s/n, Alta Progreso, Acapulco, Gro. | Tel. 744 555 0110
                                 Página 1 de 2
\f                      HOSPITAL GENERAL DE ACAPULCO
                   Departamento de Comunicación Social

   Al día siguiente de la operación, cada paciente acudió a una revisión y
   recibió indicaciones para el cuidado del ojo durante las siguientes cuatro
   semanas. No se registraron complicaciones.

   La dirección del hospital informó que la siguiente jornada se realizará en
   agosto y que ya se reciben solicitudes en el módulo de Trabajo Social, de
   lunes a viernes de 8:00 a 14:00 horas. Es necesario presentar identifica-
   ción oficial, CURP y comprobante de domicilio.

   Las personas interesadas deben acudir primero a su centro de salud para
   obtener la referencia al servicio de Oftalmología.

                                   -oOo-

   Av. Ruiz Cortines s/n, Alta Progreso, Acapulco, Gro. | Tel. 744 555 0110
                                 Página 2 de 2
"""
write_source('cn07.txt', cn07)
write_gold('cn07', family='press_release',
           title='REALIZA EL HOSPITAL GENERAL DE ACAPULCO SU PRIMERA JORNADA DE CIRUGÍA DE CATARATAS DEL AÑO',
           date='2022-05-09', source='HOSPITAL GENERAL DE ACAPULCO',
           bulletin_number='HGA/CS/027/2022', issuer='HOSPITAL GENERAL DE ACAPULCO',
           dateline_city='Acapulco de Juárez',
           body_first_words='Durante el fin de semana, el servicio de Oftalmología',
           body_last_words='para obtener la referencia al servicio de Oftalmología.',
           boilerplate=['Gobierno del Estado de Guerrero | Secretaría de Salud',
                        'Departamento de Comunicación Social', 'Boletín HGA/CS/027/2022',
                        'Acapulco de Juárez, Gro., a 9 de mayo de 2022.',
                        'Av. Ruiz Cortines s/n, Alta Progreso, Acapulco, Gro. | Tel. 744 555 0110',
                        'Página 1 de 2', 'Página 2 de 2', '-oOo-'],
           must_keep=['La cirugía dura en promedio veinte minutos.',
                      'No se registraron complicaciones.',
                      'Las personas interesadas deben acudir primero a su centro de salud para obtener la referencia al servicio de Oftalmología.'])

# ---------------------------------------------------------------- cn08 jekyll (same independent outlet, later headless-CMS export)
cn08 = """---
id: 4127
documentId: k3v9x0q2mbf1td8e
title: "La mina que se quedó sin agua: Mezcala pide revisar los permisos de extracción"
slug: mina-mezcala-agua-permisos
createdAt: "2023-02-10T16:02:11.512Z"
updatedAt: "2023-02-15T09:40:03.100Z"
publishedAt: "2023-02-14T18:10:00.000Z"
locale: es-MX
publication: Brecha Sur
author:
  name: Tomás Lozano Carbajal
  slug: tomas-lozano-carbajal
  bio: Reportero de la región Centro.
category:
  name: Territorio
  slug: territorio
tags:
  - name: minería
  - name: Eduardo Neri
cover:
  url: https://cms.brechasur.example.mx/uploads/mezcala_rio_3f1a2b.jpg
  alternativeText: El río Balsas a su paso por Mezcala
  caption: "Foto: Tomás Lozano Carbajal"
seo:
  metaTitle: "Mezcala pide revisar los permisos de extracción de agua | Brecha Sur"
  metaDescription: Pobladores de Mezcala acusan que los pozos de la mina dejaron sin agua a tres comunidades.
---

Desde hace un año, en la comunidad de Mezcala, municipio de Eduardo Neri, el agua llega a las casas una vez por semana. Los pobladores aseguran que los pozos que abastecían a la comunidad empezaron a secarse poco después de que la empresa minera que opera en la zona perforó nuevos pozos para su planta de beneficio.

La asamblea comunitaria pidió a la Comisión Nacional del Agua que revise los permisos de extracción de la empresa y que publique cuánta agua se le autorizó a sacar del subsuelo. Hasta ahora, dicen, nadie les ha respondido por escrito.

> "Antes el pozo del barrio daba para todos. Ahora tenemos que comprar pipas de 600 pesos", dice Herminia Salgado, que vende comida a la orilla de la carretera.

**Lee también:** [Comunidades del Balsas exigen consulta antes de nuevas concesiones](/territorio/comunidades-balsas-consulta)

La empresa respondió a *Brecha Sur* que cuenta con todos los permisos vigentes y que el agua que utiliza proviene de un acuífero distinto al que abastece a la comunidad. También aseguró que reparte agua en pipas a las familias afectadas como parte de sus programas sociales.

Investigadores de la universidad del estado que han estudiado la región explicaron que no existe un estudio público del acuífero que permita saber quién tiene razón. Recomendaron instalar pozos de monitoreo independientes.

La asamblea dio un plazo de 30 días para recibir una respuesta antes de iniciar otras acciones legales.
"""
write_source('cn08.md', cn08)
write_gold('cn08', family='jekyll',
           title='La mina que se quedó sin agua: Mezcala pide revisar los permisos de extracción',
           date='2023-02-14', bylines=['Tomás Lozano Carbajal'], source='Brecha Sur',
           section='Territorio',
           body_first_words='Desde hace un año, en la comunidad de Mezcala',
           body_last_words='antes de iniciar otras acciones legales.',
           boilerplate=['Foto: Tomás Lozano Carbajal',
                        '**Lee también:** [Comunidades del Balsas exigen consulta antes de nuevas concesiones](/territorio/comunidades-balsas-consulta)'],
           must_keep=['Hasta ahora, dicen, nadie les ha respondido por escrito.',
                      '"Antes el pozo del barrio daba para todos. Ahora tenemos que comprar pipas de 600 pesos", dice Herminia Salgado, que vende comida a la orilla de la carretera.',
                      'Recomendaron instalar pozos de monitoreo independientes.'],
           photo_credit='Tomás Lozano Carbajal')

# ---------------------------------------------------------------- cn09 generic (AsciiDoc document)
cn09 = """= Los tlacoyos de la Central de Abasto de Toluca
:lang: es
:toc!:

Quien llega temprano a la Central de Abasto de Toluca los encuentra antes que a los cargadores: una hilera de mujeres sentadas junto a sus comales, en el pasillo que da a la nave de frutas, con cubetas de masa azul y cazuelas de frijol, haba y requesón.

Son casi todas de San Pablo Autopan y de San Cristóbal Huichochitlán, pueblos otomíes del norte del municipio. Salen de sus casas a las cuatro de la mañana y venden hasta que se acaba la masa, casi siempre antes del mediodía.

== Una receta de tres generaciones

Doña Eufemia Trinidad aprendió a hacer tlacoyos con su abuela y hoy vende junto a su hija y su nieta. La masa se muele el día anterior y se deja reposar toda la noche envuelta en un trapo húmedo. El relleno se pone en el centro, se cierra la masa y se aplana con las palmas hasta darle forma de huarache pequeño.

Los clientes más fieles son los bodegueros y los choferes de los tráileres que llegan de Michoacán y Guerrero. Piden dos o tres con salsa verde y nopales, y se los comen de pie, recargados en las carretillas.

== Lo que cambió

Hace veinte años un tlacoyo costaba dos pesos; hoy cuesta quince. El maíz, el gas y el pasaje han subido más rápido que el precio que pueden cobrar. Aun así, las vendedoras dicen que no piensan dejar el pasillo, porque ahí se conocieron muchas de ellas y ahí crecieron sus hijos.
"""
write_source('cn09.txt', cn09)
write_gold('cn09', family='generic',
           title='Los tlacoyos de la Central de Abasto de Toluca',
           body_first_words='Quien llega temprano a la Central de Abasto de Toluca',
           body_last_words='ahí se conocieron muchas de ellas y ahí crecieron sus hijos.',
           must_keep=['Salen de sus casas a las cuatro de la mañana y venden hasta que se acaba la masa, casi siempre antes del mediodía.',
                      'La masa se muele el día anterior y se deja reposar toda la noche envuelta en un trapo húmedo.',
                      'Hace veinte años un tlacoyo costaba dos pesos; hoy cuesta quince.'])

# ---------------------------------------------------------------- cn10 wire (community radio newscast script)
cn10 = """La Voz de la Montaña 98.7 FM · Radio comunitaria de Tlapa, Guerrero
Noticiero "Nuestra Palabra" - emisión matutina
Fecha: martes 9 de julio de 2019
Nota 3 de 7 / Bloque 1

TÍTULO: Comunidades de Malinaltepec reabren a mano el camino tapado por un deslave
REPORTEÓ: Eusebia Morales Cantú
DURACIÓN: 2'40"

(ENTRA RÚBRICA MUSICAL Y BAJA A FONDO)

LOCUTORA: Desde el domingo, hombres y mujeres de cuatro comunidades me'phaa de Malinaltepec trabajan con palas, picos y carretillas para reabrir el camino de terracería que quedó tapado por un deslave después de las lluvias del fin de semana.

El derrumbe cayó en el tramo entre Iliatenco y Paraje Montero. Son alrededor de 80 metros de tierra, piedras y árboles que dejaron incomunicadas a unas 3 mil personas. Las camionetas que bajan a Tlapa con pasaje y mercancía no han podido pasar.

El comisario de Paraje Montero, Ángel Villano Cruz, nos contó por teléfono que ya pidieron una máquina al ayuntamiento y a la delegación de caminos del estado, pero que nadie ha llegado. Por eso decidieron hacer faena, como se hace en los pueblos.

(ENTRA CORTE: comisario Ángel Villano Cruz, 0:22)

LOCUTORA: La clínica de la zona tiene medicinas para dos semanas, pero dos mujeres embarazadas que tienen cita en el hospital de Tlapa tuvieron que caminar casi tres horas hasta la carretera para que las recogiera una ambulancia.

Las autoridades comunitarias piden a quienes tengan que viajar que no intenten pasar por la noche, porque el cerro sigue soltando piedras.

Seguiremos informando sobre los caminos de la Montaña a lo largo del día.

(SUBE RÚBRICA Y SALE)

----- FIN DE LA NOTA 3 -----
"""
write_source('cn10.txt', cn10, enc='cp1252', eol='crlf')
write_gold('cn10', family='wire',
           title='Comunidades de Malinaltepec reabren a mano el camino tapado por un deslave',
           date='2019-07-09', bylines=['Eusebia Morales Cantú'], source='La Voz de la Montaña',
           body_first_words='Desde el domingo, hombres y mujeres de cuatro comunidades',
           body_last_words='porque el cerro sigue soltando piedras.',
           boilerplate=['Noticiero "Nuestra Palabra" - emisión matutina', 'Nota 3 de 7 / Bloque 1',
                        'DURACIÓN: 2\'40"', '(ENTRA RÚBRICA MUSICAL Y BAJA A FONDO)', 'LOCUTORA:',
                        '(ENTRA CORTE: comisario Ángel Villano Cruz, 0:22)',
                        'Seguiremos informando sobre los caminos de la Montaña a lo largo del día.',
                        '(SUBE RÚBRICA Y SALE)', '----- FIN DE LA NOTA 3 -----'],
           must_keep=['Son alrededor de 80 metros de tierra, piedras y árboles que dejaron incomunicadas a unas 3 mil personas.',
                      'Por eso decidieron hacer faena, como se hace en los pueblos.',
                      'Las autoridades comunitarias piden a quienes tengan que viajar que no intenten pasar por la noche, porque el cerro sigue soltando piedras.'])
