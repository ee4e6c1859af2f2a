from common import emit
# 15 Chiapas
emit("15","press","Congreso de Chiapas aprueba leyes de ingresos municipales; comparecen autoridades de Tapachula",None,None,None,"Chiapas","""
Tuxtla Gutiérrez, Chiapas, 12 de diciembre de 2024.- El Pleno del Congreso del Estado de Chiapas aprobó las leyes de ingresos de 124 municipios para el ejercicio fiscal 2025, a propuesta de la Comisión de Hacienda, cuya presidenta, la diputada Karla Culebro Abarca, destacó que ningún municipio incrementará el impuesto predial por encima de la inflación.

Durante la sesión comparecieron autoridades del municipio de Tapachula. La presidenta municipal, Rosa Irene Urbina Castañeda, expuso las necesidades de infraestructura derivadas del flujo migratorio; la alcaldesa solicitó un fondo especial para la atención de la frontera sur.

Asistieron también Luis Arturo Pérez Molina, titular de la Jurisdicción Sanitaria VII de Tapachula, y la directora del Hospital General de Tapachula (Marisol Cancino Ruiz), quienes informaron sobre la saturación de los servicios de urgencias. La Secretaría de Salud del Estado de Chiapas reforzará la plantilla médica, informó la dependencia por conducto de su subsecretaria de Servicios de Salud, Adriana Gordillo Tovar.

El delegado del Instituto Mexicano del Seguro Social (IMSS) en Chiapas, Jesús Aguilar Rincón, y la directora de Incorporación y Recaudación de la Oficina de Representación del IMSS en Chiapas, Yolanda Ballinas Espinosa, presentaron el programa de afiliación de trabajadores agrícolas.

La directora general del Sistema para el Desarrollo Integral de la Familia de Chiapas, Perla Zepeda Moguel, anunció albergues para niñas y niños migrantes no acompañados. Zepeda informó que el DIF Chiapas coordinará los trabajos con el DIF municipal.

El comandante de la 36 Zona Militar, general de brigada Alfonso Trejo Lagunas, informó sobre el apoyo del Ejército Mexicano en los operativos de la frontera.

Los representantes de la Cámara Nacional de Comercio de Tapachula, encabezados por Ernesto Ruiz Gobernador, solicitaron incentivos fiscales; el Congreso recibió la petición. En la sesión estuvo presente el sacerdote Heyman Vázquez Medina, del albergue Belén, organización civil.

-- Por la Coordinación de Comunicación Social del Congreso del Estado de Chiapas.
""",[
("Karla Culebro Abarca","f","presidenta","Congreso del Estado de Chiapas",False,"cuyo_titular"),
("Rosa Irene Urbina Castañeda","f","presidenta municipal","Ayuntamiento de Tapachula",False,"role_only_reference"),
("Luis Arturo Pérez Molina","m","titular de la Jurisdicción Sanitaria VII de Tapachula","Jurisdicción Sanitaria VII de Tapachula",False,"after_name"),
("Marisol Cancino Ruiz","f","directora","Hospital General de Tapachula",False,"parenthesis"),
("Adriana Gordillo Tovar","f","subsecretaria de Servicios de Salud","Secretaría de Salud del Estado de Chiapas",False,"description_only"),
("Jesús Aguilar Rincón","m","delegado","Oficina de Representación del IMSS en Chiapas",False,"parenthesis"),
("Yolanda Ballinas Espinosa","f","directora de Incorporación y Recaudación","Oficina de Representación del IMSS en Chiapas",False,"nested_body"),
("Perla Zepeda Moguel","f","directora general","Sistema para el Desarrollo Integral de la Familia de Chiapas",False,"surname_only_later"),
("Alfonso Trejo Lagunas","m","comandante de la 36 Zona Militar","36 Zona Militar",False,"military_rank"),
],[
("Congreso del Estado de Chiapas",["Congreso"]),
("Ayuntamiento de Tapachula",["municipio de Tapachula"]),
("Jurisdicción Sanitaria VII de Tapachula",[]),
("Hospital General de Tapachula",[]),
("Secretaría de Salud del Estado de Chiapas",["dependencia"]),
("Oficina de Representación del IMSS en Chiapas",[]),
("Instituto Mexicano del Seguro Social",["IMSS"]),
("Sistema para el Desarrollo Integral de la Familia de Chiapas",["DIF Chiapas"]),
("36 Zona Militar",[]),
("Ejército Mexicano",[]),
],["Ernesto Ruiz Gobernador (representante de cámara de comercio privada; apellido que es cargo)",
"Heyman Vázquez Medina (sacerdote de albergue civil)",
"Cámara Nacional de Comercio de Tapachula (organismo privado)"],issuer="Congreso del Estado de Chiapas",office="Coordinación de Comunicación Social",bulletin="LXIX/412/2024")

# 16 Durango
emit("16","press","Cabildo de Durango aprueba nombramientos y presupuesto participativo",None,None,None,"Durango","""
Victoria de Durango, Durango, 11 de diciembre de 2024.- En sesión ordinaria, el Honorable Ayuntamiento de Durango aprobó el nombramiento de la nueva directora municipal de Protección Civil, Ingrid Soto Revueltas, así como del juez cívico Alán Ortiz Bracamontes, quien rindió protesta ante el Cabildo.

La presidenta municipal de Durango, Marisa Reyes Quiñones, agradeció la labor de quien hasta ahora dirigió la corporación, el excoordinador de Protección Civil Felipe Herrera Galindo. La alcaldesa destacó que el municipio no registró pérdidas humanas durante las lluvias de septiembre.

El secretario del Ayuntamiento de Durango, Gerardo Quiñones Arreola, dio lectura al dictamen de presupuesto participativo por 60 millones de pesos. Las regidoras Paola Sifuentes Pérez, Lidia Bermúdez Soto y Marcela Campa Rosales, integrantes de la Comisión de Hacienda, presentaron el dictamen, que fue aprobado por unanimidad.

En la sesión estuvo presente la directora de Participación Ciudadana del Instituto Municipal de Planeación de Durango, Karina Palacios Lerma, quien explicó el método de votación en colonias. El director general de Aguas del Municipio de Durango (AMD), Sergio Amaya Núñez, informó que 20 de los proyectos votados corresponden a redes de agua. El Instituto Municipal de la Mujer de Durango celebró que 40 por ciento de los proyectos sean propuestos por mujeres.

Al finalizar, el Cabildo recibió al presidente de la Cámara Mexicana de la Industria de la Construcción en Durango, Hugo Tesorero Villa, quien pidió transparencia en las licitaciones. También estuvo presente el catedrático Joel Regidor Ávila, de la Universidad Autónoma de Durango, institución particular.

Las obras del presupuesto participativo se ejecutarán entre marzo y octubre de 2025 en colonias como Felipe Ángeles y Valle del Sur.
""",[
("Ingrid Soto Revueltas","f","directora municipal de Protección Civil","Ayuntamiento de Durango",False,"rare_title"),
("Alán Ortiz Bracamontes","m","juez cívico","Ayuntamiento de Durango",False,"no_comma"),
("Marisa Reyes Quiñones","f","presidenta municipal de Durango","Ayuntamiento de Durango",False,"role_only_reference"),
("Felipe Herrera Galindo","m","excoordinador de Protección Civil","Ayuntamiento de Durango",True,"former"),
("Gerardo Quiñones Arreola","m","secretario del Ayuntamiento","Ayuntamiento de Durango",False,"apposition"),
("Paola Sifuentes Pérez","f","regidora","Ayuntamiento de Durango",False,"plural_list"),
("Lidia Bermúdez Soto","f","regidora","Ayuntamiento de Durango",False,"plural_list"),
("Marcela Campa Rosales","f","regidora","Ayuntamiento de Durango",False,"plural_list"),
("Karina Palacios Lerma","f","directora de Participación Ciudadana","Instituto Municipal de Planeación de Durango",False,"nested_body"),
("Sergio Amaya Núñez","m","director general","Aguas del Municipio de Durango",False,"parenthesis"),
],[
("Ayuntamiento de Durango",["Cabildo","municipio"]),
("Instituto Municipal de Planeación de Durango",[]),
("Aguas del Municipio de Durango",["AMD"]),
("Instituto Municipal de la Mujer de Durango",[]),
],["Hugo Tesorero Villa (presidente de la CMIC, cámara privada; apellido que es cargo)",
"Joel Regidor Ávila (catedrático de universidad privada; apellido que es cargo)",
"Felipe Ángeles (nombre de colonia)"],issuer="H. Ayuntamiento de Durango",office="Dirección Municipal de Comunicación Social",bulletin="DGO-1187/2024")
