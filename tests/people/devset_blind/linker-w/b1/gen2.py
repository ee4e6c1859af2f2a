from common import *

# 06 Tabasco — agua / energía
jekyll("06", "Villahermosa refuerza bordos ante el repunte del Grijalva", "2025-03-12 08:20:00 -0600", "Julia Ovando", ["agua", "tabasco"], """
Villahermosa, Tabasco.- Las descargas de las presas del alto Grijalva obligaron a reforzar doce kilómetros de bordos en el municipio de Centro, donde viven cerca de 700 mil personas.

La presidenta municipal de Centro, Nora Cámara Hernández, encabezó el recorrido en la colonia Doctora Matilde Cámara. La edil informó que 300 trabajadores del ayuntamiento llenan costales desde el lunes. La síndica segunda de Centro, Elvia Pérez Zurita, pidió revisar los contratos de bombeo firmados en 2023.

El Instituto de Protección Civil del Estado de Tabasco (IPCET), cuyo director general, Jesús Arias Priego, mantiene la alerta amarilla, instaló 18 albergues. El titular de la SOTOP Fabián Hernández Wade dijo que la Secretaría de Ordenamiento Territorial y Obras Públicas invertirá 90 millones de pesos en compuertas.

En las instalaciones de Petróleos Mexicanos (Pemex) también hay preocupación. La gerente de Seguridad Industrial de la petrolera, Karina Zapata León, aseguró que los ductos cercanos al río están vigilados. La directora del Hospital Regional de Pemex en Villahermosa, Dra. Elsa Torruco Gil, dijo que el hospital tiene plantas de emergencia para cinco días.

El gerente divisional de la División de Distribución Sureste de la Comisión Federal de Electricidad (CFE), Manuel Ovando Priego, afirmó que se apagarán transformadores solo si el agua los alcanza. La rectora de la Universidad Juárez Autónoma de Tabasco (UJAT), Dolores Cupil Ramón, suspendió clases presenciales en la zona de la Chontalpa.

La exdirectora general de la Comisión Nacional del Agua Lucía Sarracino Ávalos, hoy consultora, criticó que el protocolo de operación de presas no se haya revisado en diez años.

Arturo Priego Mayor, presidente de la Coparmex Tabasco, pidió créditos para los comercios del centro, y el ambientalista Josué Hernández Landero, de la organización Ríos Vivos del Sureste, acusó que el relleno de humedales agrava cada temporada las inundaciones.

Las autoridades revisarán el nivel del río cada seis horas durante el fin de semana.
""")
write_gold("06", "Tabasco", [
    O("Nora Cámara Hernández", "f", "presidenta municipal de Centro", "Ayuntamiento de Centro", "role_only_reference"),
    O("Elvia Pérez Zurita", "f", "síndica segunda de Centro", "Ayuntamiento de Centro", "rare_title"),
    O("Jesús Arias Priego", "m", "director general", "Instituto de Protección Civil del Estado de Tabasco", "cuyo_titular"),
    O("Fabián Hernández Wade", "m", "titular de la SOTOP", "Secretaría de Ordenamiento Territorial y Obras Públicas de Tabasco", "no_comma"),
    O("Karina Zapata León", "f", "gerente de Seguridad Industrial de la petrolera", "Petróleos Mexicanos", "description_only"),
    O("Elsa Torruco Gil", "f", "directora del Hospital Regional de Pemex en Villahermosa", "Hospital Regional de Pemex en Villahermosa", "nested_body"),
    O("Manuel Ovando Priego", "m", "gerente divisional", "División de Distribución Sureste de la CFE", "rare_title"),
    O("Dolores Cupil Ramón", "f", "rectora", "Universidad Juárez Autónoma de Tabasco", "rare_title"),
    O("Lucía Sarracino Ávalos", "f", "exdirectora general de la Comisión Nacional del Agua", "Comisión Nacional del Agua", "former", True),
], [
    I("Ayuntamiento de Centro", "ayuntamiento"),
    I("Instituto de Protección Civil del Estado de Tabasco", "IPCET"),
    I("Secretaría de Ordenamiento Territorial y Obras Públicas de Tabasco", "Secretaría de Ordenamiento Territorial y Obras Públicas", "SOTOP"),
    I("Petróleos Mexicanos", "Pemex", "petrolera"),
    I("Hospital Regional de Pemex en Villahermosa"),
    I("Comisión Federal de Electricidad", "CFE"),
    I("División de Distribución Sureste de la CFE", "División de Distribución Sureste"),
    I("Universidad Juárez Autónoma de Tabasco", "UJAT"),
    I("Comisión Nacional del Agua"),
], [
    "Matilde Cámara (nombre de una colonia)",
    "Arturo Priego Mayor (presidente de la Coparmex Tabasco, organismo empresarial privado)",
    "Josué Hernández Landero (ambientalista de una organización civil)",
    "Juárez (parte del nombre de la UJAT)",
])

# 07 Veracruz — caminos y puerto
wire("07", "Cierran por tres semanas el puente Coatzacoalcos I; alcaldesas piden rutas alternas",
     "Por Andrea Lagunes | Agencia Golfo Noticias | Coatzacoalcos, Veracruz, 12 de marzo de 2025", """
El puente Coatzacoalcos I cerrará a partir del lunes durante tres semanas para cambiar juntas de dilatación, lo que obligará a desviar unos 25 mil vehículos diarios por el túnel sumergido.

La secretaria de Infraestructura y Obras Públicas del Gobierno de Veracruz, Patricia Lobeira Rosas, explicó que la obra costará 140 millones de pesos y que la Secretaría de Infraestructura y Obras Públicas (SIOP) trabajará día y noche.

Las presidentas municipales de Coatzacoalcos, Minatitlán y Cosoleacaque, Amparo Lagunes Cruz, Dulce Ortiz Pavón y Regina Chagra Marín, pidieron transporte gratuito para estudiantes y obreros que cruzan a diario.

La seguridad del desvío quedó a cargo de dos corporaciones. El comandante del Sector Naval de Coatzacoalcos, vicealmirante Esteban Rangel Ortiz, dijo que la Secretaría de Marina vigilará el túnel, y el coordinador de la Guardia Nacional en el sur del estado, general de brigada Iván Medel Coronado, anunció patrullajes en la autopista.

Mauricio Contreras Huerta, gerente general de la Administración del Sistema Portuario Nacional Coatzacoalcos (ASIPONA Coatzacoalcos), aseguró que los camiones de carga tendrán horario nocturno para no saturar el túnel.

Irma Hernández Lara, superintendente de la Refinería General Lázaro Cárdenas, en Minatitlán, informó que Petróleos Mexicanos escalonará los turnos de sus 3,000 trabajadores para evitar embotellamientos.

El exalcalde de Coatzacoalcos Víctor Rolón Cabrera recordó que el cierre de 2016 se alargó cuatro meses por falta de materiales.

Ernesto Chagra Meza, presidente de la Canacintra en el sur de Veracruz, calculó que las empresas del corredor industrial perderán 200 millones de pesos. Vecinos de la calle Doctor Ramón Fentanes, por donde pasará el desvío, anunciaron que bloquearán si no se instalan reductores de velocidad.

La SIOP publicará los horarios definitivos el viernes.
""")
write_gold("07", "Veracruz", [
    O("Patricia Lobeira Rosas", "f", "secretaria de Infraestructura y Obras Públicas", "Secretaría de Infraestructura y Obras Públicas de Veracruz", "apposition"),
    O("Amparo Lagunes Cruz", "f", "presidenta municipal de Coatzacoalcos", "Ayuntamiento de Coatzacoalcos", "plural_list"),
    O("Dulce Ortiz Pavón", "f", "presidenta municipal de Minatitlán", "Ayuntamiento de Minatitlán", "plural_list"),
    O("Regina Chagra Marín", "f", "presidenta municipal de Cosoleacaque", "Ayuntamiento de Cosoleacaque", "plural_list"),
    O("Esteban Rangel Ortiz", "m", "comandante del Sector Naval de Coatzacoalcos", "Sector Naval de Coatzacoalcos", "military_rank"),
    O("Iván Medel Coronado", "m", "coordinador de la Guardia Nacional en el sur del estado", "Guardia Nacional", "military_rank"),
    O("Mauricio Contreras Huerta", "m", "gerente general", "Administración del Sistema Portuario Nacional Coatzacoalcos", "after_name"),
    O("Irma Hernández Lara", "f", "superintendente de la Refinería General Lázaro Cárdenas", "Refinería General Lázaro Cárdenas", "after_name"),
    O("Víctor Rolón Cabrera", "m", "exalcalde de Coatzacoalcos", "Ayuntamiento de Coatzacoalcos", "former", True),
], [
    I("Secretaría de Infraestructura y Obras Públicas de Veracruz", "Secretaría de Infraestructura y Obras Públicas", "SIOP"),
    I("Gobierno del Estado de Veracruz", "Gobierno de Veracruz"),
    I("Ayuntamiento de Coatzacoalcos"), I("Ayuntamiento de Minatitlán"), I("Ayuntamiento de Cosoleacaque"),
    I("Sector Naval de Coatzacoalcos"), I("Secretaría de Marina"), I("Guardia Nacional"),
    I("Administración del Sistema Portuario Nacional Coatzacoalcos", "ASIPONA Coatzacoalcos"),
    I("Refinería General Lázaro Cárdenas"), I("Petróleos Mexicanos"),
], [
    "Lázaro Cárdenas (parte del nombre de la refinería)",
    "Ernesto Chagra Meza (presidente de la Canacintra, cámara empresarial privada)",
    "Ramón Fentanes (nombre de una calle)",
])

# 08 Chiapas — salud y educación
wire("08", "Chiapas vacunará en 4 mil escuelas pese al paro magisterial",
     "Por Karla Culebro | Noticias del Sureste | Tuxtla Gutiérrez, Chiapas, 12 de marzo de 2025", """
Las autoridades de salud y educación de Chiapas acordaron aplicar la vacuna contra el sarampión en 4 mil escuelas, incluidas las que permanecen cerradas por el paro de la Sección 7.

Elena Sánchez Coello, secretaria de Educación del estado, explicó que en los planteles sin clases las brigadas trabajarán con los comités de padres. La encargada de despacho de la Secretaría de Salud, Mariana Zenteno Ochoa, informó que se cuenta con 600 mil dosis.

La Coordinación Estatal del IMSS-Bienestar en Chiapas, que encabeza Luz María Trujillo Gómez, aportará 200 enfermeras. El director del Hospital General Dr. Rafael Pascacio Gamboa —Jorge Ovilla Nandayapa— dijo que el hospital reservó 30 camas para casos graves.

Los jefes de las jurisdicciones sanitarias de Tapachula y San Cristóbal, Noé Maza Ruiz y Adriana Culebro Pinto, reportaron 14 casos confirmados en la frontera y en los Altos.

La presidenta municipal de Tuxtla Gutiérrez, Ángela Coutiño Ruiz, ofreció los centros comunitarios para vacunar a quienes no acudan a la escuela. Coutiño pidió a los padres llevar la cartilla.

Para llevar las dosis a comunidades alejadas, el comandante de la VII Región Militar, general Adán Esquinca Toledo, puso a disposición dos helicópteros de la Secretaría de la Defensa Nacional.

El exdelegado del Instituto Mexicano del Seguro Social (IMSS) Roberto Castellanos Albores, quien coordinó la campaña de 2019, recordó que entonces se vacunó a 90 por ciento de los niños en tres semanas.

Pedro Gómez Santiz, secretario general de la Sección 7 del SNTE, aseguró que los maestros en paro no impedirán la vacunación, pero exigió que la campaña no se use para romper la huelga. La pediatra Laura Vives Coello, profesora de la Universidad del Sureste Valle de Grijalva, institución privada, recomendó vacunar primero a menores de cinco años.

La campaña iniciará el lunes en Tapachula y concluirá el 11 de abril.
""")
write_gold("08", "Chiapas", [
    O("Elena Sánchez Coello", "f", "secretaria de Educación del estado", "Secretaría de Educación de Chiapas", "after_name"),
    O("Mariana Zenteno Ochoa", "f", "encargada de despacho", "Secretaría de Salud de Chiapas", "feminine"),
    O("Luz María Trujillo Gómez", "f", "encabeza la Coordinación Estatal del IMSS-Bienestar en Chiapas", "Coordinación Estatal del IMSS-Bienestar en Chiapas", "other"),
    O("Jorge Ovilla Nandayapa", "m", "director del Hospital General Dr. Rafael Pascacio Gamboa", "Hospital General Dr. Rafael Pascacio Gamboa", "parenthesis"),
    O("Noé Maza Ruiz", "m", "jefe de la Jurisdicción Sanitaria de Tapachula", "Jurisdicción Sanitaria de Tapachula", "plural_list"),
    O("Adriana Culebro Pinto", "f", "jefa de la Jurisdicción Sanitaria de San Cristóbal", "Jurisdicción Sanitaria de San Cristóbal", "plural_list"),
    O("Ángela Coutiño Ruiz", "f", "presidenta municipal de Tuxtla Gutiérrez", "Ayuntamiento de Tuxtla Gutiérrez", "surname_only_later"),
    O("Adán Esquinca Toledo", "m", "comandante de la VII Región Militar", "VII Región Militar", "military_rank"),
    O("Roberto Castellanos Albores", "m", "exdelegado del Instituto Mexicano del Seguro Social", "Instituto Mexicano del Seguro Social", "former", True),
], [
    I("Secretaría de Educación de Chiapas"),
    I("Secretaría de Salud de Chiapas", "Secretaría de Salud"),
    I("Coordinación Estatal del IMSS-Bienestar en Chiapas"),
    I("IMSS-Bienestar"),
    I("Hospital General Dr. Rafael Pascacio Gamboa"),
    I("Jurisdicción Sanitaria de Tapachula"), I("Jurisdicción Sanitaria de San Cristóbal"),
    I("Ayuntamiento de Tuxtla Gutiérrez"),
    I("VII Región Militar"), I("Secretaría de la Defensa Nacional"),
    I("Instituto Mexicano del Seguro Social", "IMSS"),
], [
    "Rafael Pascacio Gamboa (parte del nombre del hospital)",
    "Pedro Gómez Santiz (secretario general de la Sección 7 del SNTE, líder sindical)",
    "Laura Vives Coello (profesora de una universidad privada)",
])

# 09 Morelos — agua y fiscalización
wire("09", "Auditoría halla 300 millones sin comprobar en organismos de agua de Morelos",
     "Por Diego Salazar | Agencia Centro Informa | Cuernavaca, Morelos, 13 de marzo de 2025", """
La Entidad Superior de Auditoría y Fiscalización (ESAF) de Morelos detectó 300 millones de pesos sin comprobar en los organismos operadores de agua de seis municipios.

El auditor general de la ESAF, Jaime Bahena Castro, entregó el informe al Congreso de Morelos. La presidenta de la Mesa Directiva del Congreso de Morelos, Daniela Ocampo Reyna, turnó el documento a comisiones y anunció comparecencias.

El caso más grave es el del Sistema de Agua Potable y Saneamiento de Cuernavaca (SAPAC). Su director general, Enrique Salgado Torres, sostuvo que las observaciones corresponden a administraciones anteriores. Salgado agregó que el organismo arrastra una deuda de 900 millones con la CFE.

Fabiola Mújica Díaz, directora general de la Comisión Estatal del Agua (CEAGUA), ofreció asesoría técnica a los municipios para solventar las observaciones. En Jiutepec, la síndica municipal de Jiutepec, Adriana Pliego Soto, presentó denuncias ante la Fiscalía Anticorrupción de Morelos por pagos a empresas fantasma.

Los regidores de Cuernavaca Mario Aranda Solís, Lucía Bustos Pérez y Teresa Villegas Romo pidieron al Cabildo una auditoría externa del SAPAC y la suspensión de nuevos contratos de pipas.

El exsecretario de Obras Públicas Ramiro Alcalde Vega, señalado en el informe por el pozo Ingeniero Luis Avilés, que nunca funcionó, dijo que entregará sus pruebas a la ESAF.

Juan Carlos Nava Ortiz, presidente de la asociación civil Guardianes del Agua de Morelos, exigió que los recursos recuperados se usen para reparar fugas, que según sus cálculos desperdician 40 por ciento del agua.

El Congreso tiene 60 días para dictaminar las cuentas públicas.
""")
write_gold("09", "Morelos", [
    O("Jaime Bahena Castro", "m", "auditor general", "Entidad Superior de Auditoría y Fiscalización de Morelos", "rare_title"),
    O("Daniela Ocampo Reyna", "f", "presidenta de la Mesa Directiva", "Congreso de Morelos", "feminine"),
    O("Enrique Salgado Torres", "m", "director general", "Sistema de Agua Potable y Saneamiento de Cuernavaca", "surname_only_later"),
    O("Fabiola Mújica Díaz", "f", "directora general de la Comisión Estatal del Agua", "Comisión Estatal del Agua de Morelos", "after_name"),
    O("Adriana Pliego Soto", "f", "síndica municipal de Jiutepec", "Ayuntamiento de Jiutepec", "rare_title"),
    O("Mario Aranda Solís", "m", "regidor de Cuernavaca", "Ayuntamiento de Cuernavaca", "plural_list"),
    O("Lucía Bustos Pérez", "f", "regidora de Cuernavaca", "Ayuntamiento de Cuernavaca", "plural_list"),
    O("Teresa Villegas Romo", "f", "regidora de Cuernavaca", "Ayuntamiento de Cuernavaca", "plural_list"),
    O("Ramiro Alcalde Vega", "m", "exsecretario de Obras Públicas", "Secretaría de Obras Públicas de Morelos", "former", True),
], [
    I("Entidad Superior de Auditoría y Fiscalización de Morelos", "Entidad Superior de Auditoría y Fiscalización", "ESAF"),
    I("Congreso de Morelos", "Congreso"),
    I("Sistema de Agua Potable y Saneamiento de Cuernavaca", "SAPAC"),
    I("Comisión Federal de Electricidad", "CFE"),
    I("Comisión Estatal del Agua de Morelos", "Comisión Estatal del Agua", "CEAGUA"),
    I("Ayuntamiento de Jiutepec"), I("Ayuntamiento de Cuernavaca", "Cabildo"),
    I("Fiscalía Anticorrupción de Morelos"),
    I("Secretaría de Obras Públicas de Morelos"),
], [
    "Alcalde (apellido de Ramiro Alcalde Vega, no es cargo)",
    "Luis Avilés (nombre de un pozo)",
    "Juan Carlos Nava Ortiz (presidente de una asociación civil)",
])

# 10 Estado de México — elecciones y seguridad
wire("10", "Atacan a candidata en elección extraordinaria de Tenancingo",
     "Por Saúl Pichardo | Agencia Valle de Toluca | Toluca, Estado de México, 13 de marzo de 2025", """
La candidata agredida, la exalcaldesa de Tenancingo Lorena Cárdenas Olvera, resultó con heridas leves después de que desconocidos dispararon contra su camioneta en la carretera a Villa Guerrero, a diez días de la elección extraordinaria en el municipio.

La investigación corresponde a la Fiscalía Regional de Toluca, de la Fiscalía General de Justicia del Estado de México (FGJEM). Su titular, Gabriela Vargas Ocampo, informó que hay dos detenidos. La fiscal regional no descartó un móvil político.

La Secretaría de Seguridad del Estado de México, cuyo titular, Andrés Cruz Montes de Oca, reforzó la vigilancia, asignó escoltas a los cinco candidatos. El comisario de Seguridad Pública de Tenancingo, Javier Rojas Gil, admitió que la policía municipal cuenta con solo 40 elementos.

La consejera presidenta del Instituto Electoral del Estado de México (IEEM), Sandra Ledesma Ruiz, aseguró que la jornada se mantendrá. La Junta Distrital Ejecutiva 34 del INE, cuyo vocal ejecutivo, Arturo Serrano Pichardo, coordina la instalación de casillas, confirmó que las 62 mesas tienen funcionarios capacitados.

El magistrado Rubén Arizmendi Salas, presidente del Tribunal Electoral del Estado de México, llamó a resolver las diferencias en los tribunales. La visitadora adjunta de la Comisión de Derechos Humanos del Estado de México (Codhem), Paola Mejía Torres, abrió una queja de oficio.

Por la tarde, la jueza de control Mónica Díaz Trujillo, del Poder Judicial del Estado de México, calificó de legal la detención de los dos sospechosos.

Hilario Mancilla Reyes, dirigente municipal del partido Alianza Ciudadana, acusó al gobierno local de no proteger a la oposición. Josefina Arce Vilchis, presidenta del Consejo de Comerciantes del Centro de Tenancingo, pidió que el cierre de campaña no se haga en la plaza principal. El ataque ocurrió frente a la escuela de la calle Maestra Celia Jardón.
""")
write_gold("10", "Estado de México", [
    O("Lorena Cárdenas Olvera", "f", "exalcaldesa de Tenancingo", "Ayuntamiento de Tenancingo", "former", True),
    O("Gabriela Vargas Ocampo", "f", "fiscal regional", "Fiscalía Regional de Toluca", "role_only_reference"),
    O("Andrés Cruz Montes de Oca", "m", "titular", "Secretaría de Seguridad del Estado de México", "cuyo_titular"),
    O("Javier Rojas Gil", "m", "comisario de Seguridad Pública de Tenancingo", "Ayuntamiento de Tenancingo", "rare_title"),
    O("Sandra Ledesma Ruiz", "f", "consejera presidenta", "Instituto Electoral del Estado de México", "rare_title"),
    O("Arturo Serrano Pichardo", "m", "vocal ejecutivo", "Junta Distrital Ejecutiva 34 del INE", "cuyo_titular"),
    O("Rubén Arizmendi Salas", "m", "presidente del Tribunal Electoral del Estado de México", "Tribunal Electoral del Estado de México", "after_name"),
    O("Paola Mejía Torres", "f", "visitadora adjunta", "Comisión de Derechos Humanos del Estado de México", "rare_title"),
    O("Mónica Díaz Trujillo", "f", "jueza de control", "Poder Judicial del Estado de México", "feminine"),
], [
    I("Ayuntamiento de Tenancingo"),
    I("Fiscalía Regional de Toluca"),
    I("Fiscalía General de Justicia del Estado de México", "FGJEM"),
    I("Secretaría de Seguridad del Estado de México"),
    I("Instituto Electoral del Estado de México", "IEEM"),
    I("Junta Distrital Ejecutiva 34 del INE"),
    I("Instituto Nacional Electoral", "INE"),
    I("Tribunal Electoral del Estado de México"),
    I("Comisión de Derechos Humanos del Estado de México", "Codhem"),
    I("Poder Judicial del Estado de México"),
], [
    "Hilario Mancilla Reyes (dirigente municipal de un partido, sin cargo público)",
    "Josefina Arce Vilchis (presidenta de un consejo de comerciantes, organización privada)",
    "Celia Jardón (nombre de una calle)",
])
