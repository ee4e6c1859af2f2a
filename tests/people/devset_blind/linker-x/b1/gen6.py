from common import emit
# 17 Estado de México
emit("17","press","Tribunal de Justicia Administrativa del Estado de México ordena a Naucalpan pagar a proveedores",None,None,None,"Estado de México","""
Toluca de Lerdo, Estado de México, 13 de diciembre de 2024.- La Tercera Sección de la Sala Superior del Tribunal de Justicia Administrativa del Estado de México confirmó la condena al Ayuntamiento de Naucalpan de Juárez para pagar 85 millones de pesos a proveedores de luminarias.

La magistrada presidenta del Tribunal, Julieta Zamudio Arce, informó que el municipio tendrá 30 días para acreditar el pago. La ponencia correspondió a la magistrada Isela Montes Barrón, quien expuso que la administración municipal recibió los bienes sin objetar su calidad.

En respuesta, la presidenta municipal de Naucalpan de Juárez, Verónica Laguna Téllez, informó que la tesorera municipal, Sofía Navarrete Olmos, presentará un convenio de pagos. El consejero jurídico del Ayuntamiento —Rubén Arizmendi Tovar— señaló que el municipio no recurrirá la sentencia.

El Órgano Superior de Fiscalización del Estado de México (OSFEM), cuyo auditor superior, Enrique Sandoval Reza, revisa la cuenta pública municipal de 2023, dará seguimiento al cumplimiento. La comisionada presidenta del Instituto de Transparencia, Acceso a la Información Pública y Protección de Datos Personales del Estado de México y Municipios (Infoem), Patricia Galván Ocampo, recordó que los contratos deben publicarse íntegros.

El exalcalde de Naucalpan Guillermo Rebollo Sainz, quien firmó los contratos en 2020, dijo que "se cumplió la ley". La diputada Maricela Ledesma Arce, presidenta de la Comisión de Vigilancia del OSFEM en la Legislatura mexiquense, pidió deslindar responsabilidades.

La presidenta de la Asociación de Industriales de Naucalpan, Rebeca Síndico Lugo, organización privada, pidió que el convenio no afecte obras. El analista Marco Oficial Mayorga, de una consultora privada, estimó que el municipio deberá recortar gasto corriente.

El Tribunal de Justicia Administrativa reitera su compromiso con la legalidad y la rendición de cuentas.
""",[
("Julieta Zamudio Arce","f","magistrada presidenta","Tribunal de Justicia Administrativa del Estado de México",False,"feminine"),
("Isela Montes Barrón","f","magistrada","Tribunal de Justicia Administrativa del Estado de México",False,"no_comma"),
("Verónica Laguna Téllez","f","presidenta municipal de Naucalpan de Juárez","Ayuntamiento de Naucalpan de Juárez",False,"apposition"),
("Sofía Navarrete Olmos","f","tesorera municipal","Ayuntamiento de Naucalpan de Juárez",False,"other"),
("Rubén Arizmendi Tovar","m","consejero jurídico del Ayuntamiento","Ayuntamiento de Naucalpan de Juárez",False,"parenthesis"),
("Enrique Sandoval Reza","m","auditor superior","Órgano Superior de Fiscalización del Estado de México",False,"cuyo_titular"),
("Patricia Galván Ocampo","f","comisionada presidenta","Instituto de Transparencia, Acceso a la Información Pública y Protección de Datos Personales del Estado de México y Municipios",False,"rare_title"),
("Guillermo Rebollo Sainz","m","exalcalde de Naucalpan","Ayuntamiento de Naucalpan de Juárez",True,"former"),
("Maricela Ledesma Arce","f","presidenta de la Comisión de Vigilancia del OSFEM","Congreso del Estado de México",False,"description_only"),
],[
("Tribunal de Justicia Administrativa del Estado de México",["Tribunal de Justicia Administrativa","Tribunal"]),
("Tercera Sección de la Sala Superior del Tribunal de Justicia Administrativa del Estado de México",["Tercera Sección de la Sala Superior"]),
("Ayuntamiento de Naucalpan de Juárez",["municipio","Ayuntamiento"]),
("Órgano Superior de Fiscalización del Estado de México",["OSFEM"]),
("Instituto de Transparencia, Acceso a la Información Pública y Protección de Datos Personales del Estado de México y Municipios",["Infoem"]),
("Congreso del Estado de México",["Legislatura mexiquense"]),
],["Rebeca Síndico Lugo (presidenta de asociación industrial privada; apellido que es cargo)",
"Marco Oficial Mayorga (analista de consultora privada)",
"Asociación de Industriales de Naucalpan (organismo privado)"],issuer="Tribunal de Justicia Administrativa del Estado de México",office="Unidad de Comunicación Social",bulletin="TJAEM/CS/233/2024")

# 18 Hidalgo
emit("18","press","Congreso de Hidalgo toma protesta a concejo municipal de Pachuca tras renuncia de alcalde",None,None,None,"Hidalgo","""
Pachuca de Soto, Hidalgo, 12 de diciembre de 2024.- La Sexagésima Sexta Legislatura del Congreso del Estado de Hidalgo aceptó la renuncia del presidente municipal de Pachuca de Soto, Octavio Trejo Cervantes, y designó como presidenta del concejo municipal a Adriana Licona Barrera, hasta ahora regidora.

La presidenta de la Junta de Gobierno, la diputada Lucero Ambriz Peña, tomó la protesta a la nueva edil. Licona Barrera se comprometió a concluir la rehabilitación del mercado Primero de Mayo.

Trejo Cervantes, exalcalde de Pachuca de Soto, explicó en su carta que asumirá un cargo en la administración federal.

El Instituto Estatal Electoral de Hidalgo, cuya consejera presidenta, Guillermina Vázquez Ortega, asistió como invitada, informó que no será necesaria una elección extraordinaria.

La síndica hacendaria de Pachuca de Soto, Verónica Escamilla Ríos, y el secretario general municipal, Arturo Baños Pérez, permanecerán en sus cargos. La directora general de la Comisión de Agua y Alcantarillado de Sistemas Intermunicipales (CAASIM), Elena Ortega Lira, confirmó que el organismo mantendrá el programa de reparación de fugas en la capital.

La rectora de la Universidad Autónoma del Estado de Hidalgo, Araceli Montiel Reyna, ofreció apoyo técnico al concejo. El diputado Pablo Jiménez Templos pidió a la nueva presidenta presentar un plan de cien días.

Asistió también el presidente del Consejo Coordinador Empresarial de Hidalgo, Saúl Regidor Monter, organismo privado. La activista Aurora Cruz Anaya, de la asociación Pachuca Limpia, reclamó el abandono del río de las Avenidas.

La Legislatura agradece la disposición de las autoridades municipales para una transición ordenada.
""",[
("Octavio Trejo Cervantes","m","presidente municipal de Pachuca de Soto","Ayuntamiento de Pachuca de Soto",False,"surname_only_later"),
("Adriana Licona Barrera","f","presidenta del concejo municipal","Ayuntamiento de Pachuca de Soto",False,"role_only_reference"),
("Lucero Ambriz Peña","f","presidenta de la Junta de Gobierno","Congreso del Estado de Hidalgo",False,"feminine"),
("Guillermina Vázquez Ortega","f","consejera presidenta","Instituto Estatal Electoral de Hidalgo",False,"cuyo_titular"),
("Verónica Escamilla Ríos","f","síndica hacendaria","Ayuntamiento de Pachuca de Soto",False,"rare_title"),
("Arturo Baños Pérez","m","secretario general municipal","Ayuntamiento de Pachuca de Soto",False,"other"),
("Elena Ortega Lira","f","directora general","Comisión de Agua y Alcantarillado de Sistemas Intermunicipales",False,"parenthesis"),
("Araceli Montiel Reyna","f","rectora","Universidad Autónoma del Estado de Hidalgo",False,"apposition"),
("Pablo Jiménez Templos","m","diputado","Congreso del Estado de Hidalgo",False,"no_comma"),
],[
("Congreso del Estado de Hidalgo",["Legislatura"]),
("Ayuntamiento de Pachuca de Soto",["concejo municipal"]),
("Instituto Estatal Electoral de Hidalgo",[]),
("Comisión de Agua y Alcantarillado de Sistemas Intermunicipales",["CAASIM","organismo"]),
("Universidad Autónoma del Estado de Hidalgo",[]),
],["Saúl Regidor Monter (presidente del Consejo Coordinador Empresarial, organismo privado; apellido que es cargo)",
"Aurora Cruz Anaya (activista de asociación civil)",
"Primero de Mayo (nombre de mercado)"],issuer="Congreso del Estado de Hidalgo",office="Dirección de Comunicación Social",bulletin="LXVI-0987")
