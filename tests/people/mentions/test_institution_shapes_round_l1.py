"""Round L1 (institution shapes of the linker's development batches): a council named by
the town a sentence opens with. Sentences invented for these tests.
"""

from tests.people.mentions.support import found, post

# A town opening the sentence of a municipal title ------------------------------------


def test_a_town_opening_the_sentence_right_before_a_municipal_title(empty_registry):
    # the article's one "municipio de X" is another town: the town the sentence opens
    # with, right before the title, is the title's
    extraction = found(
        empty_registry,
        "La helada llegó a -12 grados en La Ciénega, municipio de Tepehuanes. En Guanaceví, "
        "la presidenta municipal, Olga Rivas Paz, abrió dos albergues.",
        "MX-DUR",
    )
    assert post(extraction, "Olga Rivas Paz")[1] == "Ayuntamiento de Guanaceví"


def test_a_sentence_opening_with_the_neighbouring_municipality(empty_registry):
    extraction = found(
        empty_registry,
        "El alcalde de Santiago Papasquiaro, Ramón Ibarra Gil, abrió un albergue. En el "
        "vecino municipio de Ocampo, el presidente municipal interino, Tomás Gil Ríos, "
        "repartió cobijas.",
        "MX-DUR",
    )
    assert post(extraction, "Ramón Ibarra Gil")[1] == "Ayuntamiento de Santiago Papasquiaro"
    assert post(extraction, "Tomás Gil Ríos")[1] == "Ayuntamiento de Ocampo"


def test_a_town_opening_the_sentence_that_names_the_holder_of_a_later_title(empty_registry):
    # "En Canatlán, X recorrió …. La presidenta municipal dijo …": the title in the next
    # sentence is the holder's, and the town her sentence opens with her council's
    extraction = found(
        empty_registry,
        "El Ayuntamiento de Santiago Papasquiaro abrió un albergue. En Canatlán, Yolanda "
        "Ibarra Luna recorrió los refugios en lancha. La presidenta municipal dijo que "
        "faltan cobijas.",
        "MX-DUR",
    )
    assert post(extraction, "Yolanda Ibarra Luna") == (
        "presidenta municipal",
        "Ayuntamiento de Canatlán",
    )


# A state body its head's title names with its level ----------------------------------


def test_a_state_commissioner_heads_the_state_commission_the_title_names(empty_registry):
    extraction = found(
        empty_registry,
        "La comisionada estatal de Atención a Víctimas, Rebeca Solís Ochoa, recibió a las "
        "familias.",
        "MX-NAY",
    )
    assert post(extraction, "Rebeca Solís Ochoa")[1] == (
        "Comisión Estatal de Atención a Víctimas de Nayarit"
    )
    assert "Comisión Estatal de Atención a Víctimas de Nayarit" in {
        h.name for h in extraction.institutions
    }


def test_a_state_commissioner_of_a_commission_the_text_names_otherwise(empty_registry):
    # the text names the commission its own way: the title makes no second body
    extraction = found(
        empty_registry,
        "La Comisión Local de Búsqueda de Personas de Nayarit abrió un registro. La "
        "comisionada estatal de Búsqueda, Rebeca Solís Ochoa, pidió apoyo.",
        "MX-NAY",
    )
    assert "Comisión Estatal de Búsqueda de Nayarit" not in {
        h.name for h in extraction.institutions
    }
    assert post(extraction, "Rebeca Solís Ochoa")[1] != "Comisión Estatal de Búsqueda de Nayarit"


# A body described after its first mention --------------------------------------------


def test_the_head_of_the_normal_school_named_before(empty_registry):
    extraction = found(
        empty_registry,
        "Estudiantes de la Escuela Normal Rural Justo Sierra Méndez tomaron la caseta. La "
        "directora de la normal, Elvira Rosas Téllez, pidió diálogo.",
        "MX-CAM",
    )
    assert post(extraction, "Elvira Rosas Téllez") == (
        "directora de la normal",
        "Escuela Normal Rural Justo Sierra Méndez",
    )
    assert "Escuela Normal Rural Justo Sierra Méndez" in {h.name for h in extraction.institutions}
