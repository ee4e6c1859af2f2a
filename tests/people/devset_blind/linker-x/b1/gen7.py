from common import emit
# 19 Morelos
emit("19","press","Cabildo de Cuernavaca aprueba reestructura de deuda; comparece titular de Hacienda",None,None,None,"Morelos","""
Cuernavaca, Morelos, 10 de diciembre de 2024.- El Ayuntamiento de Cuernavaca aprobó en sesión de cabildo la reestructuración de su deuda de corto plazo, por 320 millones de pesos, con el voto de 11 de sus 15 integrantes.

La presidenta municipal Tania Urióstegui Salgado explicó que la medida reducirá el pago de intereses en 40 millones anuales. La edil reconoció el trabajo de la Tesorería Municipal de Cuernavaca, cuyo tesorero, Lorenzo Villa Bahena, presentó las proyecciones.

La secretaria de Hacienda del Gobierno del Estado de Morelos, Mariana Ocampo Lagunas, compareció como invitada y aseguró que el estado no avalará nuevos créditos municipales. La titular de la dependencia pidió a los cabildos "disciplina en el gasto corriente".

Los regidores Hilda Bahena Roa y Rodrigo Lara Pineda, de la Comisión de Hacienda, Programación y Presupuesto, presentaron el dictamen. La síndica municipal, Cinthya Salazar Mota, dio fe de la votación.

El director del Sistema de Agua Potable y Saneamiento de Cuernavaca (SAPAC), Julián Ocampo Vera, informó que el organismo tiene adeudos con la Comisión Federal de Electricidad por 600 millones. La directora de Operación del SAPAC, Laura Torres Brito, detalló que 12 pozos permanecen sin energía.

La exalcaldesa de Jiutepec Rosalía Pedraza Nájera, hoy integrante del Congreso del Estado de Morelos, anunció que la Legislatura revisará la reestructura.

El presidente de la Coparmex Morelos, Alberto Alcalde Benítez, pidió transparencia en la contratación bancaria. La vocera del colectivo vecinal de la colonia Antonio Barona, Mirna Flores Uribe, reclamó la falta de agua.

El Ayuntamiento de Cuernavaca informa que la reestructura se formalizará en enero ante la Secretaría de Hacienda del Gobierno del Estado de Morelos.
""",[
("Tania Urióstegui Salgado","f","presidenta municipal","Ayuntamiento de Cuernavaca",False,"role_only_reference"),
("Lorenzo Villa Bahena","m","tesorero","Tesorería Municipal de Cuernavaca",False,"cuyo_titular"),
("Mariana Ocampo Lagunas","f","secretaria de Hacienda","Secretaría de Hacienda del Gobierno del Estado de Morelos",False,"description_only"),
("Hilda Bahena Roa","f","regidora","Ayuntamiento de Cuernavaca",False,"plural_list"),
("Rodrigo Lara Pineda","m","regidor","Ayuntamiento de Cuernavaca",False,"plural_list"),
("Cinthya Salazar Mota","f","síndica municipal","Ayuntamiento de Cuernavaca",False,"apposition"),
("Julián Ocampo Vera","m","director","Sistema de Agua Potable y Saneamiento de Cuernavaca",False,"parenthesis"),
("Laura Torres Brito","f","directora de Operación","Sistema de Agua Potable y Saneamiento de Cuernavaca",False,"nested_body"),
("Rosalía Pedraza Nájera","f","exalcaldesa de Jiutepec","Ayuntamiento de Jiutepec",True,"former"),
],[
("Ayuntamiento de Cuernavaca",["cabildo"]),
("Tesorería Municipal de Cuernavaca",[]),
("Secretaría de Hacienda del Gobierno del Estado de Morelos",["dependencia"]),
("Gobierno del Estado de Morelos",[]),
("Sistema de Agua Potable y Saneamiento de Cuernavaca",["SAPAC","organismo"]),
("Comisión Federal de Electricidad",[]),
("Ayuntamiento de Jiutepec",[]),
("Congreso del Estado de Morelos",["Legislatura"]),
],["Alberto Alcalde Benítez (presidente de Coparmex, organismo privado; apellido que es cargo)",
"Mirna Flores Uribe (vocera de colectivo vecinal)",
"Antonio Barona (nombre de colonia)"],issuer="H. Ayuntamiento de Cuernavaca",office="Coordinación de Comunicación Social",bulletin="CS-CVA-0541")

# 20 Chihuahua
emit("20","press","Congreso de Chihuahua ratifica a fiscal anticorrupción; Juárez presenta plan de seguridad",None,None,None,"Chihuahua","""
Chihuahua, Chihuahua, 13 de diciembre de 2024.- El Pleno del Congreso del Estado de Chihuahua ratificó a Gabriela Almanza Loera como titular de la Fiscalía Anticorrupción del Estado de Chihuahua, con 25 votos a favor. La fiscal anticorrupción rindió protesta ante la presidenta de la Mesa Directiva, la diputada Irma Chavira Domínguez.

Almanza Loera anunció que revisará las denuncias presentadas por la Auditoría Superior del Estado de Chihuahua contra exfuncionarios municipales. La auditora superior del estado, Leticia Barraza Ochoa, informó que hay 46 expedientes pendientes.

En la misma sesión, autoridades de Ciudad Juárez presentaron el plan de seguridad decembrino. El secretario de Seguridad Pública Municipal de Juárez, Fausto Loya Rentería, explicó que habrá 2 mil agentes en la calle. Loya detalló que se instalarán 12 puestos de revisión.

El comandante de la Guarnición Militar de Ciudad Juárez, general Héctor Mancinas Ortega, confirmó la participación de la Guardia Nacional.

La síndica del Ayuntamiento de Juárez, Amparo Terrazas Holguín, pidió que los operativos incluyan a la Dirección de Derechos Humanos municipal; la visitadora de la Comisión Estatal de los Derechos Humanos de Chihuahua, Susana Ríos Quintana, ofreció acompañamiento.

El exgobernador Francisco Olivas Baeza pidió que la fiscal actúe "sin colores partidistas".

Los diputados Javier Cordero Meléndez y Ana Lucía Sáenz Prieto, de la Comisión de Seguridad, respaldaron el plan.

El presidente de la Canaco Servytur Juárez, Gustavo Fiscal Meraz, pidió vigilancia en los centros comerciales, y el investigador Ramón Chávez Lozoya, de la Universidad La Salle Chihuahua, advirtió sobre el desgaste de los agentes.

El Congreso del Estado de Chihuahua reitera su compromiso con la seguridad de las familias chihuahuenses.
""",[
("Gabriela Almanza Loera","f","fiscal anticorrupción","Fiscalía Anticorrupción del Estado de Chihuahua",False,"surname_only_later"),
("Irma Chavira Domínguez","f","presidenta de la Mesa Directiva","Congreso del Estado de Chihuahua",False,"feminine"),
("Leticia Barraza Ochoa","f","auditora superior del estado","Auditoría Superior del Estado de Chihuahua",False,"rare_title"),
("Fausto Loya Rentería","m","secretario de Seguridad Pública Municipal de Juárez","Ayuntamiento de Juárez",False,"surname_only_later"),
("Héctor Mancinas Ortega","m","comandante de la Guarnición Militar de Ciudad Juárez","Guarnición Militar de Ciudad Juárez",False,"military_rank"),
("Amparo Terrazas Holguín","f","síndica","Ayuntamiento de Juárez",False,"apposition"),
("Susana Ríos Quintana","f","visitadora","Comisión Estatal de los Derechos Humanos de Chihuahua",False,"rare_title"),
("Francisco Olivas Baeza","m","exgobernador","Gobierno del Estado de Chihuahua",True,"former"),
("Javier Cordero Meléndez","m","diputado","Congreso del Estado de Chihuahua",False,"plural_list"),
("Ana Lucía Sáenz Prieto","f","diputada","Congreso del Estado de Chihuahua",False,"plural_list"),
],[
("Congreso del Estado de Chihuahua",["Congreso"]),
("Fiscalía Anticorrupción del Estado de Chihuahua",[]),
("Auditoría Superior del Estado de Chihuahua",[]),
("Ayuntamiento de Juárez",[]),
("Guarnición Militar de Ciudad Juárez",[]),
("Guardia Nacional",[]),
("Comisión Estatal de los Derechos Humanos de Chihuahua",[]),
("Gobierno del Estado de Chihuahua",[]),
],["Gustavo Fiscal Meraz (presidente de la Canaco Servytur, cámara privada; apellido que es cargo)",
"Ramón Chávez Lozoya (investigador de universidad privada)",
"Canaco Servytur Juárez (organismo privado)"],issuer="Congreso del Estado de Chihuahua",office="Coordinación de Comunicación Social",bulletin="1422/2024")
