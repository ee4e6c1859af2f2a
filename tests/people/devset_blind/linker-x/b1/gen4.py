from common import emit
# 13 Guerrero
emit("13","wire","Acapulco: Cabildo aprueba deuda para reconstrucción; Congreso de Guerrero la revisará","12 de diciembre de 2024",
"Itzel Radilla","Acapulco","Guerrero","""
El Ayuntamiento de Acapulco aprobó solicitar al Congreso del Estado de Guerrero autorización para contratar un crédito de 900 millones de pesos destinado a reconstruir mercados y drenajes dañados por el huracán.

La edil de Acapulco, Adela Rendón Navarrete, sostuvo que sin el crédito "la ciudad no se levanta". Los síndicos Mario Nava Godínez y Sara Vélez Bello, procurador y de Administración, respectivamente, votaron a favor con reservas.

La directora general de la Comisión de Agua Potable y Alcantarillado del Municipio de Acapulco (CAPAMA), Elsa Galeana Ruiz, informó que el 30 por ciento del crédito irá a colectores. Elsa Galeana pidió además que el Gobierno del Estado de Guerrero cubra el adeudo eléctrico del organismo.

El subsecretario de Ingresos de la Secretaría de Finanzas y Administración del Gobierno de Guerrero, Rodrigo Abarca Torres, dijo que el estado avalará el crédito si el Congreso lo aprueba.

En el Congreso, la presidenta de la Junta de Coordinación Política, la diputada Yanelly Hernández Marín, anunció que el dictamen se discutirá antes del receso. El diputado Óscar Bustamante Nava, de oposición, pidió que la Auditoría Superior del Estado de Guerrero audite los recursos federales ya recibidos.

El comandante de la Octava Zona Naval, almirante Tomás Peralta Cerón, recordó que la Secretaría de Marina mantiene brigadas de limpieza en la zona Diamante.

La exalcaldesa de Acapulco Rosario Ávila Figueroa criticó que el municipio "siga endeudándose".

El presidente de la Asociación de Hoteles y Empresas Turísticas de Acapulco, Fermín Alarcón Pineda, respaldó el crédito, y la activista Karla Síndica Montes, de un colectivo de damnificados, exigió padrones públicos.

La CAPAMA estima concluir las obras de colectores en 14 meses. El Congreso tiene 30 días para dictaminar la solicitud, y el municipio deberá acreditar su capacidad de pago ante la Secretaría de Finanzas y Administración.
""",[
("Adela Rendón Navarrete","f","edil de Acapulco","Ayuntamiento de Acapulco",False,"feminine"),
("Mario Nava Godínez","m","síndico procurador","Ayuntamiento de Acapulco",False,"plural_list"),
("Sara Vélez Bello","f","síndica de Administración","Ayuntamiento de Acapulco",False,"plural_list"),
("Elsa Galeana Ruiz","f","directora general","Comisión de Agua Potable y Alcantarillado del Municipio de Acapulco",False,"parenthesis"),
("Rodrigo Abarca Torres","m","subsecretario de Ingresos","Secretaría de Finanzas y Administración del Gobierno de Guerrero",False,"apposition"),
("Yanelly Hernández Marín","f","presidenta de la Junta de Coordinación Política","Congreso del Estado de Guerrero",False,"feminine"),
("Óscar Bustamante Nava","m","diputado","Congreso del Estado de Guerrero",False,"no_comma"),
("Tomás Peralta Cerón","m","comandante de la Octava Zona Naval","Octava Zona Naval",False,"military_rank"),
("Rosario Ávila Figueroa","f","exalcaldesa de Acapulco","Ayuntamiento de Acapulco",True,"former"),
],[
("Ayuntamiento de Acapulco",["municipio"]),
("Congreso del Estado de Guerrero",["Congreso"]),
("Comisión de Agua Potable y Alcantarillado del Municipio de Acapulco",["CAPAMA","organismo"]),
("Gobierno del Estado de Guerrero",[]),
("Secretaría de Finanzas y Administración del Gobierno de Guerrero",["Secretaría de Finanzas y Administración"]),
("Auditoría Superior del Estado de Guerrero",[]),
("Octava Zona Naval",[]),
("Secretaría de Marina",[]),
],["Fermín Alarcón Pineda (presidente de asociación hotelera privada)",
"Karla Síndica Montes (activista; apellido que es cargo)",
"Asociación de Hoteles y Empresas Turísticas de Acapulco (organismo privado)"])

# 14 Oaxaca
emit("14","wire","Tribunal de Oaxaca valida elección por usos y costumbres; renuncia tesorera de Juchitán","11 de diciembre de 2024",
"Flor Matus","Oaxaca de Juárez","Oaxaca","""
La Sala Constitucional del Tribunal Superior de Justicia del Estado de Oaxaca validó la elección por sistemas normativos internos de Santa María Huatulco, al negar un amparo promovido por un grupo de comuneros.

La magistrada presidenta de la Sala Constitucional, Rocío Jarquín Matus, explicó que la asamblea "respetó la participación de las mujeres". El fallo fue celebrado por la presidenta municipal de Santa María Huatulco, Guadalupe Mijangos Cruz.

En el Istmo, la tesorera de Juchitán de Zaragoza, Leticia Toledo Orozco, presentó su renuncia ante el cabildo. El presidente municipal Emilio Santiago Gurrión la aceptó y nombró en su lugar a Javier Regalado Luis. Toledo explicó que deja el cargo para atender una enfermedad.

La rectora de la Universidad Autónoma Benito Juárez de Oaxaca, Silvia Ruiz Bohórquez, firmó en Juchitán un convenio con el Ayuntamiento para capacitar a funcionarios en contabilidad gubernamental.

En el Congreso del Estado de Oaxaca, la diputada local Miriam Vásquez Gopar, presidenta de la Comisión de Fortalecimiento y Asuntos Municipales, anunció que citará a los municipios con cuentas públicas atrasadas. La titular del Órgano Superior de Fiscalización del Estado de Oaxaca, Claudia Pineda Rasgado, informó que 120 municipios no han entregado su informe.

El exgobernador Aurelio Benítez Sosa pidió respetar a las comunidades.

El representante de la asociación civil Servicios para una Educación Alternativa, Hugo Aguilar Cortés, calificó el fallo de "precedente", y el antropólogo Víctor Fiscal Zárate, de una consultora privada, recordó que otras 30 elecciones están impugnadas.

La Sala Constitucional publicará la sentencia completa la próxima semana. El Ayuntamiento de Juchitán de Zaragoza presentará en enero al nuevo tesorero ante la Secretaría de Finanzas del Gobierno del Estado de Oaxaca.
""",[
("Rocío Jarquín Matus","f","magistrada presidenta de la Sala Constitucional","Sala Constitucional del Tribunal Superior de Justicia del Estado de Oaxaca",False,"feminine"),
("Guadalupe Mijangos Cruz","f","presidenta municipal de Santa María Huatulco","Ayuntamiento de Santa María Huatulco",False,"apposition"),
("Leticia Toledo Orozco","f","tesorera de Juchitán de Zaragoza","Ayuntamiento de Juchitán de Zaragoza",False,"surname_only_later"),
("Emilio Santiago Gurrión","m","presidente municipal","Ayuntamiento de Juchitán de Zaragoza",False,"no_comma"),
("Javier Regalado Luis","m","tesorero","Ayuntamiento de Juchitán de Zaragoza",False,"other"),
("Silvia Ruiz Bohórquez","f","rectora","Universidad Autónoma Benito Juárez de Oaxaca",False,"rare_title"),
("Miriam Vásquez Gopar","f","presidenta de la Comisión de Fortalecimiento y Asuntos Municipales","Congreso del Estado de Oaxaca",False,"feminine"),
("Claudia Pineda Rasgado","f","titular","Órgano Superior de Fiscalización del Estado de Oaxaca",False,"apposition"),
("Aurelio Benítez Sosa","m","exgobernador","Gobierno del Estado de Oaxaca",True,"former"),
],[
("Sala Constitucional del Tribunal Superior de Justicia del Estado de Oaxaca",["Sala Constitucional"]),
("Tribunal Superior de Justicia del Estado de Oaxaca",[]),
("Ayuntamiento de Santa María Huatulco",[]),
("Ayuntamiento de Juchitán de Zaragoza",["cabildo","Ayuntamiento"]),
("Universidad Autónoma Benito Juárez de Oaxaca",[]),
("Congreso del Estado de Oaxaca",[]),
("Órgano Superior de Fiscalización del Estado de Oaxaca",[]),
("Gobierno del Estado de Oaxaca",[]),
("Secretaría de Finanzas del Gobierno del Estado de Oaxaca",[]),
],["Hugo Aguilar Cortés (representante de asociación civil)",
"Víctor Fiscal Zárate (antropólogo de consultora privada; apellido que es cargo)",
"Benito Juárez (nombre de persona dentro del nombre de la universidad)"])
