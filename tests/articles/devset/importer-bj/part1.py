#!/usr/bin/env python3
"""importer-bj, files 01-10."""
import io
import zipfile

from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bj01 wire (digital native, Torreón, Coah.)
bj01 = """Inicio › Laguna › Seguridad

# Vecinos de Valle Oriente instalan alarmas vecinales tras una ola de robos a casa habitación

Por **Mariela Estrada Chávez** · Laguna Abierta · [@marielaestrada_ej](https://x.example.mx/marielaestrada_ej)
3 de febrero de 2023 · 8:41 p. m. · Lectura de 4 min

![Vecinos colocan una alarma en un poste](https://lagunaabierta.example.mx/media/2023/02/alarma.jpg)
Foto: Mariela Estrada / Laguna Abierta

Cansados de esperar a las patrullas, los vecinos de la colonia Valle Oriente, en el oriente de Torreón, instalaron esta semana 22 alarmas vecinales en los postes de las cuatro calles donde en enero se denunciaron al menos nueve robos a casa habitación.

Cada alarma costó alrededor de mil 800 pesos y se activa desde una aplicación en el teléfono de los integrantes del comité. Cuando alguien la enciende suena una sirena y se envía un mensaje al grupo de chat de la cuadra, explicó Leticia Ramos, una de las organizadoras. “No queremos hacer justicia por nuestra cuenta; queremos que el ladrón sepa que lo estamos viendo”, dijo. Te puede interesar: [Cierran por obras el paso superior de la calzada Colón](https://lagunaabierta.example.mx/laguna/cierran-paso-superior)

Según los vecinos, los robos ocurren entre las diez de la mañana y las dos de la tarde, cuando la mayoría de las casas están vacías. Los ladrones se llevan herramientas, bicicletas, aparatos electrónicos y, en dos casos, hasta los medidores de agua.

📲 Únete a nuestro canal de WhatsApp y recibe las noticias de La Laguna antes que nadie.

La Dirección de Seguridad Pública Municipal informó que desde el 25 de enero aumentó los recorridos en el sector y que dos hombres fueron detenidos con objetos que coinciden con los reportados. La dependencia pidió a los comités vecinales registrarse en el programa de vecino vigilante para coordinar sus alertas con la central de radio.

El comité de Valle Oriente planea instalar otras diez alarmas en marzo y pedir al Ayuntamiento que repare el alumbrado del camellón, donde, aseguran, se esconden quienes vigilan las casas antes de entrar.

¿Tienes una denuncia ciudadana? Escríbenos a denuncias@lagunaabierta.example.mx
"""
write_source('bj01.md', bj01)
write_gold('bj01', family='wire',
           title='Vecinos de Valle Oriente instalan alarmas vecinales tras una ola de robos a casa habitación',
           date='2023-02-03', bylines=['Mariela Estrada Chávez'], source='Laguna Abierta',
           section='Seguridad',
           body_first_words='Cansados de esperar a las patrullas, los vecinos de la colonia Valle Oriente',
           body_last_words='donde, aseguran, se esconden quienes vigilan las casas antes de entrar.',
           boilerplate=['Inicio › Laguna › Seguridad', '@marielaestrada_ej', 'Lectura de 4 min',
                        'Foto: Mariela Estrada / Laguna Abierta',
                        'Te puede interesar:', 'Cierran por obras el paso superior de la calzada Colón',
                        'Únete a nuestro canal de WhatsApp y recibe las noticias de La Laguna antes que nadie.',
                        '¿Tienes una denuncia ciudadana?', 'denuncias@lagunaabierta.example.mx'],
           must_keep=['“No queremos hacer justicia por nuestra cuenta; queremos que el ladrón sepa que lo estamos viendo”, dijo.',
                      'Los ladrones se llevan herramientas, bicicletas, aparatos electrónicos y, en dos casos, hasta los medidores de agua.',
                      'La dependencia pidió a los comités vecinales registrarse en el programa de vecino vigilante para coordinar sus alertas con la central de radio.'],
           photo_credit='Mariela Estrada / Laguna Abierta')

# ---------------------------------------------------------------- bj02 press (municipality, Irapuato, Gto.)
bj02 = """PRESIDENCIA MUNICIPAL DE IRAPUATO
Dirección General de Comunicación Social
BOLETÍN No. 0872

Rehabilitan 14 kilómetros de caminos rurales en la zona sur del municipio

Irapuato, Gto. 12 de Septiembre 2017

Con una inversión de 9.6 millones de pesos, la Dirección General de Desarrollo Rural concluyó la rehabilitación de 14 kilómetros de caminos saca cosechas que comunican a las comunidades de Aldama, San Roque, Cuchicuato y La Calera con la carretera Irapuato–Abasolo.

Los trabajos consistieron en la nivelación de la terracería, la colocación de una capa de revestimiento de 20 centímetros y la construcción de siete alcantarillas para evitar que el agua de lluvia corte el paso, como ocurrió el año pasado durante la temporada de tormentas.

El director de Desarrollo Rural, ingeniero Fausto Medrano Villegas, explicó que por estos caminos salen cada temporada alrededor de 40 mil toneladas de fresa, sorgo y hortalizas. “Antes los camiones se quedaban atascados y los productores tenían que pagar una grúa para sacar su cosecha”, señaló durante el recorrido de entrega.

En la ceremonia, realizada en la comunidad de San Roque, los comisariados ejidales agradecieron que la obra se terminara antes de la cosecha de sorgo, que comienza a finales de octubre. También solicitaron que el próximo año se incluya el tramo que va de La Calera a Valencianita, de cuatro kilómetros.

La administración municipal informó que en lo que va del año se han rehabilitado 61 kilómetros de caminos rurales en 38 comunidades, y que la meta para 2018 es llegar a 100 kilómetros con recursos del fondo de infraestructura social y aportaciones de los propios productores.

---o0o---

Síguenos en redes sociales:
Facebook: /IrapuatoGobiernoEj
Twitter: @IrapuatoPrensaEj
www.irapuato-prensa.example.mx
"""
write_source('bj02.txt', bj02, enc='cp1252', eol='crlf')
write_gold('bj02', family='press_release',
           title='Rehabilitan 14 kilómetros de caminos rurales en la zona sur del municipio',
           date='2017-09-12', source='PRESIDENCIA MUNICIPAL DE IRAPUATO',
           bulletin_number='0872', issuer='PRESIDENCIA MUNICIPAL DE IRAPUATO',
           dateline_city='Irapuato',
           body_first_words='Con una inversión de 9.6 millones de pesos, la Dirección General de Desarrollo Rural',
           body_last_words='con recursos del fondo de infraestructura social y aportaciones de los propios productores.',
           boilerplate=['Dirección General de Comunicación Social', 'BOLETÍN No. 0872',
                        'Irapuato, Gto. 12 de Septiembre 2017', '---o0o---',
                        'Síguenos en redes sociales:', 'Facebook: /IrapuatoGobiernoEj',
                        'Twitter: @IrapuatoPrensaEj', 'www.irapuato-prensa.example.mx'],
           must_keep=['“Antes los camiones se quedaban atascados y los productores tenían que pagar una grúa para sacar su cosecha”, señaló durante el recorrido de entrega.',
                      'También solicitaron que el próximo año se incluya el tramo que va de La Calera a Valencianita, de cuatro kilómetros.',
                      'Los trabajos consistieron en la nivelación de la terracería, la colocación de una capa de revestimiento de 20 centímetros y la construcción de siete alcantarillas para evitar que el agua de lluvia corte el paso, como ocurrió el año pasado durante la temporada de tormentas.'])

# ---------------------------------------------------------------- bj03 jekyll (old Jekyll 0.x/1.x blog, cp1252, Dgo.)
bj03 = """---
layout: post
title: Festival Revueltas cierra con lleno en el Teatro Ricardo Castro
date: 2009-11-02 18:45:00
categories: Cultura Portada
author: Hugo Villarreal Ibarra
permalink: /2009/11/02/festival-revueltas-cierre.html
---

La edición número 16 del Festival Revueltas terminó la noche del domingo con un concierto de la Orquesta Sinfónica del Estado que llenó las mil butacas del Teatro Ricardo Castro y dejó a cerca de 200 personas afuera, escuchando por las bocinas que los organizadores instalaron en la calle 20 de Noviembre.

El programa incluyó *Sensemayá* y *Redes*, dos de las obras más conocidas del compositor duranguense, además de una suite de música para cine que el director huésped, Ulises Barragán Ávila, preparó especialmente para el festival. Al terminar, el público pidió dos piezas más.

Durante diez días el festival presentó 48 actividades en la capital, en Gómez Palacio y en Santiago Papasquiaro, entre conciertos, obras de teatro, funciones de danza y exposiciones. De acuerdo con el instituto estatal de cultura, asistieron alrededor de 31 mil personas, cinco mil más que el año pasado.

Los organizadores reconocieron que el recorte al presupuesto obligó a cancelar la presentación de una compañía de danza extranjera y a reducir el número de funciones en los municipios. Aun así, destacaron que por primera vez hubo talleres de música para niños en las colonias del sur de la ciudad.

Para el próximo año, dijeron, se buscará que el festival llegue también a Lerdo y a Canatlán, y que las funciones al aire libre se realicen en la Plaza de Armas.
"""
write_source('bj03.md', bj03, enc='cp1252')
write_gold('bj03', family='jekyll',
           title='Festival Revueltas cierra con lleno en el Teatro Ricardo Castro',
           date='2009-11-02', bylines=['Hugo Villarreal Ibarra'], section='Cultura',
           placement=['Portada'],
           body_first_words='La edición número 16 del Festival Revueltas terminó la noche del domingo',
           body_last_words='las funciones al aire libre se realicen en la Plaza de Armas.',
           must_keep=['Al terminar, el público pidió dos piezas más.',
                      'De acuerdo con el instituto estatal de cultura, asistieron alrededor de 31 mil personas, cinco mil más que el año pasado.',
                      'Aun así, destacaron que por primera vez hubo talleres de música para niños en las colonias del sur de la ciudad.'])

# ---------------------------------------------------------------- bj04 generic (reporter's note from a phone, Gto.)
bj04 = """Vuelven las callejoneadas a Guanajuato capital, con grupos más pequeños y cubrebocas

Después de más de un año sin música en los callejones, las estudiantinas volvieron a salir este fin de semana del Jardín Unión, aunque con grupos de máximo 25 personas y con la indicación de que todos los asistentes usen cubrebocas durante el recorrido.

Los integrantes de las estudiantinas dicen que la pandemia fue el golpe más duro que recuerdan. Durante meses vivieron de tocar en fiestas privadas y de vender discos por internet. Algunos dejaron el grupo para buscar otro trabajo y no han regresado.

El recorrido sigue siendo el mismo: sale del teatro Juárez, pasa por la plazuela de San Roque y termina en el Callejón del Beso, donde los músicos cuentan la leyenda de Carmen y Luis. Lo que cambió es que ahora los boletos se venden con horario, para evitar que se junten varios grupos en el mismo callejón.

Rodrigo, uno de los tunos más antiguos, calcula que este sábado salieron seis callejoneadas, cuando antes de la pandemia podían ser hasta veinte en una noche de temporada alta. Aun así, dice que le dio gusto ver a familias de León, Celaya y hasta de Jalisco que llegaron sólo para eso.

Los comerciantes del centro también notaron la diferencia. En las neverías y los puestos de dulces típicos hubo filas por primera vez en muchos meses, aunque todavía lejos de lo que se veía en un fin de semana normal.

--
Enviado desde mi teléfono
"""
write_source('bj04.txt', bj04)
write_gold('bj04', family='generic',
           title='Vuelven las callejoneadas a Guanajuato capital, con grupos más pequeños y cubrebocas',
           body_first_words='Después de más de un año sin música en los callejones',
           body_last_words='todavía lejos de lo que se veía en un fin de semana normal.',
           boilerplate=['Enviado desde mi teléfono'],
           must_keep=['Algunos dejaron el grupo para buscar otro trabajo y no han regresado.',
                      'Lo que cambió es que ahora los boletos se venden con horario, para evitar que se junten varios grupos en el mismo callejón.',
                      'En las neverías y los puestos de dulces típicos hubo filas por primera vez en muchos meses, aunque todavía lejos de lo que se veía en un fin de semana normal.'])

# ---------------------------------------------------------------- bj05 wire (national daily web, 2007, Dgo. correspondent)
bj05 = """Diario de la República  >  Estados
Lunes 14 de mayo de 2007

Menonitas de Nuevo Ideal buscan tierras en Campeche por la escasez de agua

Claudia Arreola Soto / Corresponsal

DURANGO, Dgo.— Al menos 60 familias menonitas de los campos agrícolas de Nuevo Ideal, en el centro del estado, preparan su traslado a Campeche, donde han comprado cerca de 9 mil hectáreas, ante la falta de agua para sus cultivos de avena y maíz y la negativa de la Comisión Nacional del Agua a otorgarles nuevos permisos de pozos.

Los líderes de la comunidad explicaron que el acuífero de la región está sobreexplotado y que en los últimos tres años los pozos se han tenido que profundizar hasta 40 metros más. “Aquí ya no alcanza para todos; nuestros hijos se casan y no hay tierra ni agua para darles”, dijo Abraham Friesen, uno de los encargados del campo número 6.

La migración no es nueva. Desde los años noventa grupos de menonitas de Durango y Chihuahua se han establecido en Campeche, Quintana Roo y Tamaulipas, donde la tierra es más barata y llueve más. Sin embargo, es la primera vez que sale un grupo tan numeroso de Nuevo Ideal.

Las autoridades municipales reconocieron que la salida de estas familias afectará la producción de leche y queso, una de las principales actividades económicas del municipio. En la zona trabajan además cientos de jornaleros que no son menonitas.

La Secretaría de Agricultura estatal informó que buscará un acuerdo con la Comisión Nacional del Agua para tecnificar el riego en la región y reducir el consumo, aunque reconoció que el programa tardaría al menos dos años en dar resultados.

Imprimir | Enviar por correo | Aumentar texto | Reducir texto
Comentarios (0)
© 2007 Diario de la República. Todos los derechos reservados.
"""
write_source('bj05.txt', bj05, enc='cp1252', eol='crlf')
write_gold('bj05', family='wire',
           title='Menonitas de Nuevo Ideal buscan tierras en Campeche por la escasez de agua',
           date='2007-05-14', bylines=['Claudia Arreola Soto'], source='Diario de la República',
           section='Estados',
           body_first_words='Al menos 60 familias menonitas de los campos agrícolas de Nuevo Ideal',
           body_last_words='el programa tardaría al menos dos años en dar resultados.',
           boilerplate=['DURANGO, Dgo.—', 'Imprimir | Enviar por correo | Aumentar texto | Reducir texto',
                        'Comentarios (0)', '© 2007 Diario de la República. Todos los derechos reservados.'],
           must_keep=['“Aquí ya no alcanza para todos; nuestros hijos se casan y no hay tierra ni agua para darles”, dijo Abraham Friesen, uno de los encargados del campo número 6.',
                      'Sin embargo, es la primera vez que sale un grupo tan numeroso de Nuevo Ideal.',
                      'En la zona trabajan además cientos de jornaleros que no son menonitas.'])

# ---------------------------------------------------------------- bj06 press (state secretariat, Durango, numeric inline date)
bj06 = """GOBIERNO DEL ESTADO DE DURANGO
Secretaría de Salud del Estado de Durango
Comunicado 071/2020

INTENSIFICA SALUD FUMIGACIÓN CONTRA EL DENGUE EN GÓMEZ PALACIO Y LERDO

Victoria de Durango, Dgo. 03/10/2020.- La Secretaría de Salud del Estado de Durango intensificó las acciones de fumigación y descacharrización en 42 colonias de Gómez Palacio y Lerdo, luego de que en las últimas tres semanas se confirmaron 27 casos de dengue en la región lagunera del estado.

Las brigadas de vectores trabajarán de lunes a sábado, de las 6:00 a las 10:00 horas y de las 18:00 a las 21:00 horas, que es cuando el mosquito transmisor tiene mayor actividad. Se pide a la población abrir puertas y ventanas al paso de las unidades de nebulización.

El jefe del Departamento de Enfermedades Transmitidas por Vector, Gerardo Soto Maldonado, explicó que la mayoría de los criaderos se encuentran dentro de los domicilios, en cubetas, llantas, macetas y tinacos sin tapa. “La fumigación mata al mosquito adulto, pero si no eliminamos el agua estancada en los patios, en una semana tenemos otra vez el mismo problema”, señaló.

La dependencia recordó que los síntomas del dengue son fiebre alta, dolor de cabeza, dolor detrás de los ojos, dolor muscular y de articulaciones, y en algunos casos manchas en la piel. Ante cualquiera de ellos se debe acudir al centro de salud más cercano y evitar automedicarse, sobre todo con antiinflamatorios.

En lo que va del año, en el estado se han confirmado 64 casos, ninguno de ellos mortal. Las autoridades sanitarias estiman que la temporada de mayor riesgo se extenderá hasta mediados de noviembre, cuando bajen las temperaturas.

-30-

Dirección de Comunicación Social
Secretaría de Salud del Estado de Durango
Tel. 618 555 0173
comunicacion@salud-dgo.example.mx
"""
write_source('bj06.txt', bj06, eol='crlf', bom=True)
write_gold('bj06', family='press_release',
           title='INTENSIFICA SALUD FUMIGACIÓN CONTRA EL DENGUE EN GÓMEZ PALACIO Y LERDO',
           date='2020-10-03', source='Secretaría de Salud del Estado de Durango',
           bulletin_number='071/2020', issuer='Secretaría de Salud del Estado de Durango',
           dateline_city='Victoria de Durango',
           body_first_words='La Secretaría de Salud del Estado de Durango intensificó las acciones de fumigación',
           body_last_words='se extenderá hasta mediados de noviembre, cuando bajen las temperaturas.',
           boilerplate=['GOBIERNO DEL ESTADO DE DURANGO', 'Comunicado 071/2020',
                        'Victoria de Durango, Dgo. 03/10/2020.-', '-30-',
                        'Dirección de Comunicación Social', 'Tel. 618 555 0173',
                        'comunicacion@salud-dgo.example.mx'],
           must_keep=['Se pide a la población abrir puertas y ventanas al paso de las unidades de nebulización.',
                      '“La fumigación mata al mosquito adulto, pero si no eliminamos el agua estancada en los patios, en una semana tenemos otra vez el mismo problema”, señaló.',
                      'En lo que va del año, en el estado se han confirmado 64 casos, ninguno de ellos mortal.'])

# ---------------------------------------------------------------- bj07 bad (a .docx saved as .txt)
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    def add(name, data):
        zi = zipfile.ZipInfo(name, date_time=(2016, 5, 9, 10, 30, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
    add('[Content_Types].xml',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '</Types>')
    add('word/document.xml',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        '<w:p><w:r><w:t>Nota: arranca la temporada de la Feria de San Marcos</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>Pendiente de redactar.</w:t></w:r></w:p>'
        '</w:body></w:document>')
write_source('bj07.txt', raw=buf.getvalue())
write_gold('bj07', family='bad',
           refusal_reason='El archivo es un documento de Word (.docx, un ZIP binario) guardado con extensión .txt; no es texto legible.')

# ---------------------------------------------------------------- bj08 jekyll (Jekyll 3 blog, León, Gto.)
bj08 = """---
layout: post
title:  "Pelícanos borregones se despiden de la presa del Parque Metropolitano de León"
date:   2016-04-23 23:10:00 -0600
author:
  name: Karla Méndez Oropeza
  twitter: karlamendez_ej
category: Medio ambiente
tags: [aves, León, Parque Metropolitano]
excerpt_separator: <!--more-->
---

Los últimos grupos de pelícanos borregones que pasaron el invierno en la presa El Palote, dentro del Parque Metropolitano de León, emprendieron esta semana su viaje de regreso hacia los lagos del norte de Estados Unidos y Canadá, después de una temporada en la que los observadores contaron hasta 2 mil 300 ejemplares al mismo tiempo, la cifra más alta en una década.
<!--more-->

{% include figura.html src="/img/2016/04/pelicanos.jpg" pie="Pelícanos en la presa El Palote. Foto: Karla Méndez" %}

El conteo lo hace cada quince días un grupo de voluntarios del club de observación de aves de la ciudad, que desde 2006 registra las especies que llegan a la presa. Este año anotaron 87 especies distintas, entre ellas patos, garzas, cormoranes y gaviotas.

Para los biólogos del parque, el número récord de pelícanos tiene que ver con las lluvias del año pasado, que mantuvieron la presa con un nivel alto durante todo el invierno y favorecieron la presencia de peces. También influye, dicen, que ya no se permite la pesca con redes en la zona del embalse.

La directora de educación ambiental del parque, Sofía Carranza Lugo, pidió a los visitantes no alimentar a las aves con pan ni con tortilla. “Les hace daño y las acostumbra a acercarse a la gente; son animales silvestres y así deben seguir”, explicó.

Los pelícanos volverán a finales de octubre. Mientras tanto, el club de observación organiza recorridos gratuitos los domingos a las siete de la mañana, con binoculares prestados, para quienes quieran aprender a identificar a las aves que se quedan todo el año.
"""
write_source('bj08.md', bj08)
write_gold('bj08', family='jekyll',
           title='Pelícanos borregones se despiden de la presa del Parque Metropolitano de León',
           date='2016-04-23', bylines=['Karla Méndez Oropeza'], section='Medio ambiente',
           body_first_words='Los últimos grupos de pelícanos borregones que pasaron el invierno',
           body_last_words='para quienes quieran aprender a identificar a las aves que se quedan todo el año.',
           boilerplate=['<!--more-->', '{% include figura.html', 'Foto: Karla Méndez', 'karlamendez_ej'],
           must_keep=['Este año anotaron 87 especies distintas, entre ellas patos, garzas, cormoranes y gaviotas.',
                      'También influye, dicen, que ya no se permite la pesca con redes en la zona del embalse.',
                      '“Les hace daño y las acostumbra a acercarse a la gente; son animales silvestres y así deben seguir”, explicó.'],
           photo_credit='Karla Méndez')

# ---------------------------------------------------------------- bj09 wire (business weekly, Qro.)
bj09 = """SEMANARIO CORREDOR · Negocios del Bajío
Edición 412 · Industria

**Proveedores aeroespaciales de Querétaro apuestan por la certificación para crecer**

Por Héctor Lomelí Barragán | Publicado el 7 de octubre de 2019

Las pequeñas y medianas empresas que fabrican piezas para la industria aeroespacial en Querétaro buscan duplicar en tres años el número de certificaciones internacionales que tienen, con el fin de dejar de ser proveedores de segundo nivel y vender directamente a los fabricantes de motores y fuselajes instalados en el estado.

Actualmente, sólo 19 de las 84 empresas locales que participan en la cadena cuentan con la certificación AS9100, el estándar de calidad que exigen las grandes armadoras. Obtenerla cuesta entre 1.5 y 3 millones de pesos y toma al menos 18 meses, según cálculos del clúster aeroespacial de la entidad.

**Lea también:** Aguascalientes atrae inversión japonesa en autopartes de alta precisión

Mauricio Zepeda Arriaga, director de una empresa de maquinados de El Marqués con 140 empleados, dice que la certificación le abrió la puerta a contratos que antes no podía ni cotizar. “Pasamos de fabricar soportes sencillos a piezas de motor con tolerancias de micras; nuestros ingresos se triplicaron en cuatro años”, relata.

Los empresarios piden al gobierno estatal ampliar el fondo de apoyo para certificaciones, que este año repartió 12 millones de pesos entre 15 empresas. También reclaman que las universidades tecnológicas formen más técnicos en inspección de calidad, uno de los perfiles más difíciles de encontrar.

Datos clave del sector en Querétaro:

- 84 proveedores locales en la cadena aeroespacial
- 19 con certificación AS9100
- 1.5 a 3 millones de pesos por certificación

Las exportaciones del sector en el estado sumaron mil 200 millones de dólares en 2018, un crecimiento de 9 por ciento respecto al año anterior.

*Este artículo forma parte de la edición impresa 412 de Semanario Corredor. Suscríbase en suscripciones@semanariocorredor.example.mx*
"""
write_source('bj09.md', bj09)
write_gold('bj09', family='wire',
           title='Proveedores aeroespaciales de Querétaro apuestan por la certificación para crecer',
           date='2019-10-07', bylines=['Héctor Lomelí Barragán'], source='Semanario Corredor',
           section='Industria',
           body_first_words='Las pequeñas y medianas empresas que fabrican piezas para la industria aeroespacial',
           body_last_words='un crecimiento de 9 por ciento respecto al año anterior.',
           boilerplate=['Negocios del Bajío', 'Edición 412 · Industria', 'Lea también:',
                        'Aguascalientes atrae inversión japonesa en autopartes de alta precisión',
                        'Este artículo forma parte de la edición impresa 412 de Semanario Corredor.',
                        'suscripciones@semanariocorredor.example.mx'],
           must_keep=['Obtenerla cuesta entre 1.5 y 3 millones de pesos y toma al menos 18 meses, según cálculos del clúster aeroespacial de la entidad.',
                      '“Pasamos de fabricar soportes sencillos a piezas de motor con tolerancias de micras; nuestros ingresos se triplicaron en cuatro años”, relata.',
                      'También reclaman que las universidades tecnológicas formen más técnicos en inspección de calidad, uno de los perfiles más difíciles de encontrar.'])

# ---------------------------------------------------------------- bj10 press (state congress, Coah.)
bj10 = """![](/img/logo-congreso-coahuila.png)

**H. CONGRESO DEL ESTADO DE COAHUILA DE ZARAGOZA**
**LXII LEGISLATURA**
Coordinación de Comunicación Social

Boletín 1147
Saltillo, Coahuila, 26 de octubre de 2022

## Aprueba el Pleno reforma para sancionar las peleas de perros y el maltrato animal en espectáculos

- **Se castigará con multa y arresto a quien organice, promueva o apueste en peleas de perros**
- **La iniciativa fue presentada por diputadas de tres grupos parlamentarios**

En sesión ordinaria, el Pleno del Congreso aprobó por unanimidad una reforma a la Ley de Protección y Trato Digno a los Animales para el Estado de Coahuila de Zaragoza, con la que se sancionará a quienes organicen, promuevan o apuesten en peleas de perros, así como a quienes utilicen animales lastimados o enfermos en espectáculos públicos.

De acuerdo con el dictamen de la Comisión de Medio Ambiente, las multas irán de 100 a 500 veces el valor de la Unidad de Medida y Actualización, y podrán acompañarse de arresto administrativo de hasta 36 horas. En caso de reincidencia, la multa se duplicará y los animales serán asegurados por las autoridades municipales.

Durante la discusión, la diputada Araceli Villarreal Treviño, una de las promoventes, señaló que en los municipios de la Región Laguna y de la Región Centro se han documentado peleas clandestinas en ranchos y bodegas. “No es una tradición, es un negocio que se alimenta del sufrimiento de los animales”, expresó desde la tribuna.

La reforma también obliga a los ayuntamientos a contar con un padrón de criadores y a coordinarse con las asociaciones protectoras para dar en adopción a los perros rescatados. Los municipios tendrán un plazo de 180 días para adecuar sus reglamentos.

El decreto será enviado al Ejecutivo para su publicación en el Periódico Oficial del Estado y entrará en vigor al día siguiente.

—oOo—

Coordinación de Comunicación Social
Tel. 844 555 0321
comunicacion@congresocoahuila.example.mx
"""
write_source('bj10.md', bj10, eol='crlf')
write_gold('bj10', family='press_release',
           title='Aprueba el Pleno reforma para sancionar las peleas de perros y el maltrato animal en espectáculos',
           date='2022-10-26', source='H. CONGRESO DEL ESTADO DE COAHUILA DE ZARAGOZA',
           bulletin_number='1147', issuer='H. CONGRESO DEL ESTADO DE COAHUILA DE ZARAGOZA',
           dateline_city='Saltillo',
           body_first_words='Se castigará con multa y arresto a quien organice, promueva o apueste en peleas de perros',
           body_last_words='entrará en vigor al día siguiente.',
           boilerplate=['logo-congreso-coahuila.png', 'LXII LEGISLATURA',
                        'Coordinación de Comunicación Social', 'Boletín 1147',
                        'Saltillo, Coahuila, 26 de octubre de 2022', '—oOo—', 'Tel. 844 555 0321',
                        'comunicacion@congresocoahuila.example.mx'],
           must_keep=['La iniciativa fue presentada por diputadas de tres grupos parlamentarios',
                      'En caso de reincidencia, la multa se duplicará y los animales serán asegurados por las autoridades municipales.',
                      '“No es una tradición, es un negocio que se alimenta del sufrimiento de los animales”, expresó desde la tribuna.',
                      'Los municipios tendrán un plazo de 180 días para adecuar sus reglamentos.'])
