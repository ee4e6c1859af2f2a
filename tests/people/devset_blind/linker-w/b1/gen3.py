from common import *

# 11 Querétaro — cultura y educación
wire("11", "Querétaro abrirá 12 escuelas de artes en colonias periféricas",
     "Por Mónica Trejo | Agencia Bajío Press | Santiago de Querétaro, Querétaro, 13 de marzo de 2025", """
El gobierno estatal, el municipio de Querétaro y la universidad pública abrirán en agosto doce escuelas de artes en colonias de la periferia, con cupo para 3,600 niños y jóvenes.

Los titulares de Cultura y Educación del estado, Martha Ledesma Frías y Óscar Pacheco Luna, firmaron el convenio con la rectora de la Universidad Autónoma de Querétaro (UAQ), Leonor Vega Ríos. Carlos Olvera Reséndiz (director de la Facultad de Bellas Artes de la UAQ) explicó que 150 estudiantes de último semestre darán las clases como parte de sus prácticas.

El Instituto Queretano de la Cultura y las Artes, dirigido por Inés Baeza Olvera, aportará instrumentos y vestuario. El presidente municipal de Querétaro, Tomás Nieves Arteaga, ofreció doce centros comunitarios; Nieves aseguró que el municipio pagará luz, agua y vigilancia. El oficial mayor del municipio de Querétaro, Gerardo Landaverde Uribe, precisó que la compra de mobiliario se hará por licitación pública.

El director general del Cobaq Javier Malagón Ortiz anunció que los planteles del Colegio de Bachilleres del Estado de Querétaro prestarán sus auditorios los fines de semana.

En la Legislatura, la presidenta de la Comisión de Educación, Cultura y Deporte, Araceli Nieto Sánchez, propuso etiquetar el presupuesto para que el programa no desaparezca con el cambio de administración. La exdirectora del Instituto Queretano de la Cultura Aurora Ugalde Mesa recordó que un proyecto similar cerró en 2018 por falta de maestros.

Ernesto Garfias Luna, presidente de la Asociación de Galerías Privadas de Querétaro, ofreció exposiciones itinerantes. El académico Hugo Trejo Becerril, del Tecnológico Privado del Bajío, pidió medir resultados desde el primer año.

La primera escuela funcionará junto al Teatro Doña Clara Ruelas, en la colonia Lomas de Casa Blanca.
""")
write_gold("11", "Querétaro", [
    O("Martha Ledesma Frías", "f", "titular de Cultura", "Secretaría de Cultura de Querétaro", "plural_list"),
    O("Óscar Pacheco Luna", "m", "titular de Educación", "Secretaría de Educación de Querétaro", "plural_list"),
    O("Leonor Vega Ríos", "f", "rectora", "Universidad Autónoma de Querétaro", "rare_title"),
    O("Carlos Olvera Reséndiz", "m", "director de la Facultad de Bellas Artes de la UAQ", "Facultad de Bellas Artes de la UAQ", "parenthesis"),
    O("Inés Baeza Olvera", "f", "dirigido por", "Instituto Queretano de la Cultura y las Artes", "other"),
    O("Tomás Nieves Arteaga", "m", "presidente municipal de Querétaro", "Ayuntamiento de Querétaro", "surname_only_later"),
    O("Gerardo Landaverde Uribe", "m", "oficial mayor del municipio de Querétaro", "Ayuntamiento de Querétaro", "rare_title"),
    O("Javier Malagón Ortiz", "m", "director general del Cobaq", "Colegio de Bachilleres del Estado de Querétaro", "no_comma"),
    O("Araceli Nieto Sánchez", "f", "presidenta de la Comisión de Educación, Cultura y Deporte", "Legislatura del Estado de Querétaro", "feminine"),
    O("Aurora Ugalde Mesa", "f", "exdirectora del Instituto Queretano de la Cultura", "Instituto Queretano de la Cultura y las Artes", "former", True),
], [
    I("Secretaría de Cultura de Querétaro"), I("Secretaría de Educación de Querétaro"),
    I("Universidad Autónoma de Querétaro", "UAQ"),
    I("Facultad de Bellas Artes de la UAQ"),
    I("Instituto Queretano de la Cultura y las Artes", "Instituto Queretano de la Cultura"),
    I("Ayuntamiento de Querétaro", "municipio de Querétaro"),
    I("Colegio de Bachilleres del Estado de Querétaro", "Cobaq"),
    I("Legislatura del Estado de Querétaro", "Legislatura"),
], [
    "Ernesto Garfias Luna (presidente de una asociación privada de galerías)",
    "Hugo Trejo Becerril (académico de un tecnológico privado)",
    "Clara Ruelas (nombre de un teatro)",
])

# 12 Guanajuato — agricultura y agua
wire("12", "Sequía deja sin riego a 40 mil hectáreas del Bajío",
     "Por Alfredo Rangel | Agencia Bajío Press | Celaya, Guanajuato, 14 de marzo de 2025", """
La sequía dejó sin agua para riego a 40 mil hectáreas del distrito de riego 011, y los productores de sorgo y trigo del Bajío calculan pérdidas de mil millones de pesos.

La directora del Organismo de Cuenca Lerma-Santiago-Pacífico de la Comisión Nacional del Agua (Conagua), Beatriz Almanza Ruelas, confirmó que la presa Licenciado Ramón Sosa está a 9 por ciento de su capacidad y que no habrá segundo riego.

La Secretaría de Desarrollo Agroalimentario y Rural (SDAyR) anunció apoyos de emergencia. La titular de la dependencia, Alejandra Torres Muñiz, dijo que se entregarán 3,000 pesos por hectárea siniestrada. El director general de la Comisión Estatal del Agua de Guanajuato (CEAG), Ulises Godínez Rangel, pidió cerrar pozos clandestinos.

Los presidentes municipales de Celaya, Salamanca y Cortazar, Arturo Ledesma Pons, Miriam Ortega Baeza y Jimena Frías Lugo, solicitaron declaratoria de desastre. El contralor municipal de Celaya, Rogelio Sosa Medina, advirtió que revisará el padrón de beneficiarios para evitar duplicados.

En tribunales también hay disputa: la jueza del Juzgado Segundo de Distrito en Guanajuato, Carmen Ibarra Solís, concedió una suspensión a 30 ejidos que reclaman agua de pozos concesionados a una embotelladora.

El exdelegado de la Secretaría de Agricultura federal Rafael Noriega Prado sostuvo que el problema viene de concesiones mal otorgadas hace veinte años.

Rodolfo Vera Lugo, presidente del Cotas de Celaya, asociación civil de usuarios, pidió que la CEAG publique los volúmenes extraídos por cada pozo. Federico Anaya Peña, presidente de la Unión de Productores de Granos del Bajío, organización privada, advirtió que miles de jornaleros quedarán sin trabajo.

La Conagua revisará el plan de riego el 1 de abril.
""")
write_gold("12", "Guanajuato", [
    O("Beatriz Almanza Ruelas", "f", "directora del Organismo de Cuenca Lerma-Santiago-Pacífico", "Organismo de Cuenca Lerma-Santiago-Pacífico", "nested_body"),
    O("Alejandra Torres Muñiz", "f", "titular de la dependencia", "Secretaría de Desarrollo Agroalimentario y Rural de Guanajuato", "description_only"),
    O("Ulises Godínez Rangel", "m", "director general", "Comisión Estatal del Agua de Guanajuato", "apposition"),
    O("Arturo Ledesma Pons", "m", "presidente municipal de Celaya", "Ayuntamiento de Celaya", "plural_list"),
    O("Miriam Ortega Baeza", "f", "presidenta municipal de Salamanca", "Ayuntamiento de Salamanca", "plural_list"),
    O("Jimena Frías Lugo", "f", "presidenta municipal de Cortazar", "Ayuntamiento de Cortazar", "plural_list"),
    O("Rogelio Sosa Medina", "m", "contralor municipal de Celaya", "Ayuntamiento de Celaya", "rare_title"),
    O("Carmen Ibarra Solís", "f", "jueza", "Juzgado Segundo de Distrito en Guanajuato", "feminine"),
    O("Rafael Noriega Prado", "m", "exdelegado de la Secretaría de Agricultura", "Secretaría de Agricultura y Desarrollo Rural", "former", True),
], [
    I("Organismo de Cuenca Lerma-Santiago-Pacífico"),
    I("Comisión Nacional del Agua", "Conagua"),
    I("Secretaría de Desarrollo Agroalimentario y Rural de Guanajuato", "Secretaría de Desarrollo Agroalimentario y Rural", "SDAyR", "dependencia"),
    I("Comisión Estatal del Agua de Guanajuato", "CEAG"),
    I("Ayuntamiento de Celaya"), I("Ayuntamiento de Salamanca"), I("Ayuntamiento de Cortazar"),
    I("Juzgado Segundo de Distrito en Guanajuato"),
    I("Secretaría de Agricultura y Desarrollo Rural", "Secretaría de Agricultura"),
], [
    "Ramón Sosa (nombre de una presa)",
    "Rodolfo Vera Lugo (presidente del Cotas, asociación civil de usuarios)",
    "Federico Anaya Peña (presidente de una organización privada de productores)",
])

# 13 Yucatán — agua, caminos y patrimonio
wire("13", "Contaminación en cenotes frena ampliación de carretera a Progreso",
     "Por Gabriela Canché | Noticias Peninsulares | Mérida, Yucatán, 14 de marzo de 2025", """
La ampliación de la carretera Mérida-Progreso quedó suspendida luego de que análisis de laboratorio encontraran hidrocarburos en tres cenotes cercanos a la obra.

El director general de la Junta de Agua Potable y Alcantarillado de Yucatán (JAPAY), Raúl Cetina Pech, confirmó que se cerraron dos pozos de extracción como medida preventiva. La Secretaría de Desarrollo Sustentable (SDS), cuya titular, Fernanda Cámara Puc, ordenó la suspensión, exigirá un nuevo estudio de impacto ambiental.

Isabel Uc Chablé, directora del Centro INAH Yucatán, informó que en el trazo hay dos sitios arqueológicos menores que deberán rescatarse. El Instituto Nacional de Antropología e Historia enviará a seis arqueólogos.

La presidenta municipal de Mérida, Rosario Chan Euán, pidió a los vecinos no consumir agua de pozos particulares. Chan anunció la entrega de garrafones en cinco comisarías. La directora de Salud y Bienestar Social del Ayuntamiento de Mérida, Dra. Addy Pool Tzuc, reportó 18 consultas por malestares gastrointestinales.

El director del Hospital General Agustín O'Horán, Mario Dzib Canul, dijo que no hay casos graves. El presidente municipal de Progreso Javier Loría Mena pidió que la obra se reanude pronto porque afecta al turismo de temporada.

El comandante de la Novena Zona Naval, almirante Gonzalo Arjona Rivas, ofreció el laboratorio de la Secretaría de Marina para análisis adicionales. La exdirectora de la JAPAY Landy Cervera Solís recordó que desde 2020 se advirtió sobre fugas de una gasolinera en la zona.

Rafael Peón Alcocer, presidente de la Canaco Servytur Mérida, pidió rapidez. El espeleólogo Martín Ek Balam, de la asociación civil Cenotes Vivos, dijo que el daño podría tardar años en revertirse.
""")
write_gold("13", "Yucatán", [
    O("Raúl Cetina Pech", "m", "director general", "Junta de Agua Potable y Alcantarillado de Yucatán", "apposition"),
    O("Fernanda Cámara Puc", "f", "titular", "Secretaría de Desarrollo Sustentable de Yucatán", "cuyo_titular"),
    O("Isabel Uc Chablé", "f", "directora del Centro INAH Yucatán", "Centro INAH Yucatán", "after_name"),
    O("Rosario Chan Euán", "f", "presidenta municipal de Mérida", "Ayuntamiento de Mérida", "surname_only_later"),
    O("Addy Pool Tzuc", "f", "directora de Salud y Bienestar Social", "Ayuntamiento de Mérida", "feminine"),
    O("Mario Dzib Canul", "m", "director del Hospital General Agustín O'Horán", "Hospital General Agustín O'Horán", "apposition"),
    O("Javier Loría Mena", "m", "presidente municipal de Progreso", "Ayuntamiento de Progreso", "no_comma"),
    O("Gonzalo Arjona Rivas", "m", "comandante de la Novena Zona Naval", "Novena Zona Naval", "military_rank"),
    O("Landy Cervera Solís", "f", "exdirectora de la JAPAY", "Junta de Agua Potable y Alcantarillado de Yucatán", "former", True),
], [
    I("Junta de Agua Potable y Alcantarillado de Yucatán", "JAPAY"),
    I("Secretaría de Desarrollo Sustentable de Yucatán", "Secretaría de Desarrollo Sustentable", "SDS"),
    I("Centro INAH Yucatán"),
    I("Instituto Nacional de Antropología e Historia"),
    I("Ayuntamiento de Mérida"), I("Ayuntamiento de Progreso"),
    I("Hospital General Agustín O'Horán"),
    I("Novena Zona Naval"), I("Secretaría de Marina"),
], [
    "Agustín O'Horán (parte del nombre del hospital)",
    "Rafael Peón Alcocer (presidente de la Canaco Servytur Mérida, cámara empresarial privada)",
    "Martín Ek Balam (espeleólogo de una asociación civil)",
])

# 14 Campeche — agricultura y selva
wire("14", "Juez frena siembra de soya en ejidos de Hopelchén; apicultores celebran",
     "Por Rocío Dzul | Agencia Península | San Francisco de Campeche, Campeche, 14 de marzo de 2025", """
La jueza del Juzgado Primero de Distrito en Campeche, Irene Chi Pacheco, suspendió la siembra de soya en 4 mil hectáreas de Hopelchén mientras se resuelve una demanda de comunidades mayas que acusan contaminación de la miel.

Juana Ehuan Cauich, secretaria de Desarrollo Agropecuario, dijo que el gobierno estatal acatará la resolución. Ehuan ofreció a los productores reconvertir sus parcelas a cultivos sin agroquímicos.

La representante estatal de la Procuraduría Federal de Protección al Ambiente (Profepa), Sara Huchim Dzul, informó que se clausuraron dos predios por desmonte ilegal. El comandante de la 33 Zona Militar, general Ramón Quintal Ek, asignó soldados de la Secretaría de la Defensa Nacional para vigilar la selva de Calakmul.

Los presidentes municipales de Hopelchén y Calakmul, Luis Cahuich Ek y Verónica Ku Poot, pidieron apoyos para las familias que dependen del jornal. Gilberto Sansores Ruiz (delegado de Programas para el Bienestar en Campeche) explicó que la Secretaría de Bienestar ampliará el programa Sembrando Vida en la zona.

La rectora de la Universidad Autónoma de Campeche, Ángela Zavala Rosado, ofreció análisis gratuitos de miel. El exgobernador Alejandro Medina Canto, quien autorizó los primeros permisos de siembra en 2012, defendió que entonces no había estudios sobre el impacto.

Enrique Herrera Montalvo, presidente del Consejo Estatal de Productores de Soya, organización privada, anunció que impugnará la suspensión. La apicultora Josefa Uc Canché, de la cooperativa Miatsil Kab, dijo que las abejas mueren cada temporada de fumigación.

Dos apicultores intoxicados fueron atendidos en el Hospital General de Especialidades Dr. Javier Buenfil Osorio, en la capital.
""")
write_gold("14", "Campeche", [
    O("Irene Chi Pacheco", "f", "jueza", "Juzgado Primero de Distrito en Campeche", "feminine"),
    O("Juana Ehuan Cauich", "f", "secretaria de Desarrollo Agropecuario", "Secretaría de Desarrollo Agropecuario de Campeche", "surname_only_later"),
    O("Sara Huchim Dzul", "f", "representante estatal", "Procuraduría Federal de Protección al Ambiente", "feminine"),
    O("Ramón Quintal Ek", "m", "comandante de la 33 Zona Militar", "33 Zona Militar", "military_rank"),
    O("Luis Cahuich Ek", "m", "presidente municipal de Hopelchén", "Ayuntamiento de Hopelchén", "plural_list"),
    O("Verónica Ku Poot", "f", "presidenta municipal de Calakmul", "Ayuntamiento de Calakmul", "plural_list"),
    O("Gilberto Sansores Ruiz", "m", "delegado de Programas para el Bienestar en Campeche", "Secretaría de Bienestar", "parenthesis"),
    O("Ángela Zavala Rosado", "f", "rectora", "Universidad Autónoma de Campeche", "rare_title"),
    O("Alejandro Medina Canto", "m", "exgobernador", "Gobierno del Estado de Campeche", "former", True),
], [
    I("Juzgado Primero de Distrito en Campeche"),
    I("Secretaría de Desarrollo Agropecuario de Campeche", "Secretaría de Desarrollo Agropecuario"),
    I("Procuraduría Federal de Protección al Ambiente", "Profepa"),
    I("33 Zona Militar"), I("Secretaría de la Defensa Nacional"),
    I("Ayuntamiento de Hopelchén"), I("Ayuntamiento de Calakmul"),
    I("Secretaría de Bienestar"),
    I("Universidad Autónoma de Campeche"),
    I("Gobierno del Estado de Campeche"),
    I("Hospital General de Especialidades Dr. Javier Buenfil Osorio"),
], [
    "Enrique Herrera Montalvo (presidente de una organización privada de productores)",
    "Josefa Uc Canché (apicultora de una cooperativa)",
    "Javier Buenfil Osorio (parte del nombre del hospital)",
])

# 15 Tlaxcala — educación y DIF (boletín)
press("15", "Gobierno del Estado de Tlaxcala", "Coordinación General de Comunicación", "GT-145/2025",
      "Arranca programa de desayunos calientes en 600 escuelas de Tlaxcala", """
Apizaco, Tlaxcala, 14 de marzo de 2025.- La directora general del Sistema Estatal para el Desarrollo Integral de la Familia (SEDIF), Maribel Cuapio Sánchez, puso en marcha el programa de desayunos calientes que beneficiará a 90 mil alumnos de 600 escuelas públicas de educación básica.

Homero Meneses Cortés, titular de la Secretaría de Educación Pública del Estado (SEPE), explicó que los comedores se instalarán primero en los planteles con mayor rezago nutricional. Meneses agregó que 1,200 madres de familia recibirán capacitación en higiene.

Los presidentes municipales de Apizaco, Huamantla y Calpulalpan, Julio Flores Hernández, Guadalupe Muñoz Sánchez y Patricia Tlapale Cruz, se comprometieron a aportar la mitad del costo de los insumos. La directora del DIF municipal de Apizaco Rosa Pérez Xochitiotzi informó que el municipio ya adecuó 40 cocinas.

El rector de la Universidad Autónoma de Tlaxcala (UATx), Samuel Rugerio Vázquez, anunció que estudiantes de Nutrición supervisarán los menús. La procuradora de Protección de Niñas, Niños y Adolescentes del SEDIF, Ana Lilia Papaqui Díaz, precisó que la Procuraduría de Protección de Niñas, Niños y Adolescentes dará seguimiento a los casos de desnutrición severa.

La exdirectora del SEDIF Teresa Zempoalteca Ruiz, invitada al arranque, destacó que el padrón se integró con mediciones de peso y talla realizadas en 2024.

Durante el evento, Marco Antonio Juárez Hernández, presidente de la Asociación Estatal de Padres de Familia, agrupación civil, pidió que los desayunos no tengan costo para las familias. El arranque se realizó en la escuela primaria Profesora Eulalia Xelhua, de la colonia San Isidro.

El programa operará de lunes a viernes durante todo el ciclo escolar.
""")
write_gold("15", "Tlaxcala", [
    O("Maribel Cuapio Sánchez", "f", "directora general", "Sistema para el Desarrollo Integral de la Familia de Tlaxcala", "apposition"),
    O("Homero Meneses Cortés", "m", "titular de la Secretaría de Educación Pública del Estado", "Secretaría de Educación Pública del Estado de Tlaxcala", "surname_only_later"),
    O("Julio Flores Hernández", "m", "presidente municipal de Apizaco", "Ayuntamiento de Apizaco", "plural_list"),
    O("Guadalupe Muñoz Sánchez", "f", "presidenta municipal de Huamantla", "Ayuntamiento de Huamantla", "plural_list"),
    O("Patricia Tlapale Cruz", "f", "presidenta municipal de Calpulalpan", "Ayuntamiento de Calpulalpan", "plural_list"),
    O("Rosa Pérez Xochitiotzi", "f", "directora del DIF municipal de Apizaco", "Sistema para el Desarrollo Integral de la Familia de Apizaco", "no_comma"),
    O("Samuel Rugerio Vázquez", "m", "rector", "Universidad Autónoma de Tlaxcala", "rare_title"),
    O("Ana Lilia Papaqui Díaz", "f", "procuradora de Protección de Niñas, Niños y Adolescentes", "Procuraduría de Protección de Niñas, Niños y Adolescentes de Tlaxcala", "nested_body"),
    O("Teresa Zempoalteca Ruiz", "f", "exdirectora del SEDIF", "Sistema para el Desarrollo Integral de la Familia de Tlaxcala", "former", True),
], [
    I("Sistema para el Desarrollo Integral de la Familia de Tlaxcala", "SEDIF", "Sistema Estatal para el Desarrollo Integral de la Familia"),
    I("Secretaría de Educación Pública del Estado de Tlaxcala", "Secretaría de Educación Pública del Estado", "SEPE"),
    I("Ayuntamiento de Apizaco", "municipio"), I("Ayuntamiento de Huamantla"), I("Ayuntamiento de Calpulalpan"),
    I("Sistema para el Desarrollo Integral de la Familia de Apizaco", "DIF municipal de Apizaco"),
    I("Universidad Autónoma de Tlaxcala", "UATx"),
    I("Procuraduría de Protección de Niñas, Niños y Adolescentes de Tlaxcala", "Procuraduría de Protección de Niñas, Niños y Adolescentes"),
    I("Gobierno del Estado de Tlaxcala"),
], [
    "Marco Antonio Juárez Hernández (presidente de una asociación de padres de familia, agrupación civil)",
    "Eulalia Xelhua (nombre de una escuela)",
])
