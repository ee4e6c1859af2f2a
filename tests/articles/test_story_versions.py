"""The pure rules of "Otras versiones": words, signatures, scores and groups."""

import datetime

import pytest

from articles import story_text
from articles.story_versions import (
    TUNING,
    StoryDoc,
    cluster,
    pair_score,
    release_issuers,
    scored_pairs,
    text_similarity,
)

DAY = datetime.date(2024, 5, 14)

RELEASE = (
    "Arrancan brigadas contra el dengue en 35 colonias del sur de Mérida. Participan 120 "
    "brigadistas en labores de nebulización, abatización y descacharrización; en lo que va "
    "del año se han confirmado 312 casos de dengue en el estado."
)
REWRITE = (
    "Con 120 brigadistas, la Secretaría de Salud comenzó la nebulización y la "
    "descacharrización en 35 colonias del sur de Mérida, donde se concentran los 312 casos "
    "de dengue confirmados este año."
)
OTHER_EVENT = (
    "La Secretaría de Salud inauguró la unidad de hemodiálisis del hospital de Valladolid, "
    "con 12 máquinas y una inversión de 18 millones de pesos para atender a 96 pacientes."
)


def doc(id, text, *, day=DAY, officials=(), institutions=(), release=False, issuer=""):
    return StoryDoc(
        id=id,
        day=day,
        terms=dict(story_text.signature(text)),
        officials=frozenset(officials),
        institutions=frozenset(institutions),
        release=release,
        issuer=issuer,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("37,140 trabajadores", ["37140", "trabajadores"]),
        ("Zoé ROBLEDO", ["zoé", "robledo"]),
        ("13 mil 966 centros", ["13", "mil", "966", "centros"]),
    ],
)
def test_surface_words_keep_accents_and_join_digit_groups(text, expected):
    assert story_text.surface_words(text) == expected


def test_inflections_share_a_term_and_function_words_are_left_out():
    terms = story_text.weighted_terms("Las vacunas y la vacuna de los niños")
    assert set(terms) == {"vacun", "niñ"}


def test_rare_words_weigh_more_than_common_ones():
    assert story_text.rarity("descacharrización") > story_text.rarity("colonias")
    assert story_text.rarity("colonias") > story_text.rarity("gobierno")
    assert story_text.rarity("37140") > story_text.rarity("2024")


def test_names_compared_as_entities_are_left_out_of_the_text():
    terms = story_text.weighted_terms(
        "Zoé Robledo visitó Fresnillo", leave_out=frozenset({"zoe", "robledo"})
    )
    assert set(terms) == {"visit", "fresnill"}


def test_a_signature_keeps_the_rarest_words_and_is_stable():
    text = RELEASE + " " + OTHER_EVENT
    small = story_text.signature(text, size=5)
    assert len(small) == 5
    assert small == story_text.signature(text, size=5)
    weights = sorted((w for _h, w in story_text.signature(text)), reverse=True)
    assert sorted((w for _h, w in small), reverse=True) == weights[:5]


def test_text_share_counts_words_in_runs_taken_from_the_source():
    source = story_text.stems(RELEASE)
    assert story_text.text_share(source, source) == 1.0
    assert story_text.text_share(story_text.stems(OTHER_EVENT), source) < 0.1
    share = story_text.text_share(story_text.stems(REWRITE), source)
    assert 0.1 < share < 0.9


def test_a_rewrite_scores_above_the_threshold_and_another_event_below():
    release = doc(1, RELEASE, release=True, issuer="ssy")
    rewrite = doc(2, REWRITE)
    other = doc(3, OTHER_EVENT)
    assert pair_score(release, rewrite) >= TUNING.threshold
    assert pair_score(release, other) < TUNING.threshold
    assert text_similarity(release, rewrite) > 3 * text_similarity(release, other)


def test_no_pair_across_the_date_window_and_undated_ones_need_more():
    release = doc(1, RELEASE)
    late = doc(2, REWRITE, day=DAY + datetime.timedelta(days=TUNING.window_days + 1))
    assert pair_score(release, late) is None
    undated = doc(3, REWRITE, day=None)
    dated = doc(4, REWRITE, day=DAY + datetime.timedelta(days=1))
    assert pair_score(release, undated) < pair_score(release, dated)
    both = pair_score(doc(5, RELEASE, day=None), undated)
    assert both < pair_score(release, undated)


def test_shared_officials_add_evidence():
    plain = pair_score(doc(1, RELEASE), doc(2, REWRITE))
    shared = pair_score(doc(1, RELEASE, officials={7}), doc(2, REWRITE, officials={7}))
    assert shared > plain


def test_scored_pairs_only_compares_articles_that_share_a_word():
    docs = [doc(1, RELEASE), doc(2, REWRITE), doc(3, "Fútbol: Tuzos golean en el Hidalgo")]
    pairs = scored_pairs(docs)
    assert [(x, y) for _s, x, y in pairs] == [(1, 2)]
    assert scored_pairs(docs, focus={3}) == []


def test_cluster_joins_strongest_pairs_first_and_respects_editors():
    pairs = [(0.9, 1, 2), (0.5, 2, 3), (0.4, 4, 5)]
    assert sorted(map(sorted, cluster(range(1, 7), pairs))) == [[1, 2, 3], [4, 5]]
    # An editor kept 3 apart from 1: 2 stays with its strongest match.
    kept = cluster(range(1, 7), pairs, apart=[(1, 3)])
    assert sorted(map(sorted, kept)) == [[1, 2], [4, 5]]
    # An editor joined 6 with 1, with no evidence at all.
    joined = cluster(range(1, 7), pairs, together=[(1, 6)])
    assert sorted(map(sorted, joined)) == [[1, 2, 3, 6], [4, 5]]


def test_two_releases_of_one_office_never_share_a_group():
    docs = [
        doc(1, RELEASE, release=True, issuer="ssy"),
        doc(2, OTHER_EVENT, release=True, issuer="ssy"),
        doc(3, REWRITE),
    ]
    # A rewrite that resembles both releases joins the stronger only.
    pairs = [(0.8, 1, 3), (0.3, 2, 3)]
    assert cluster([1, 2, 3], pairs, exclusive=release_issuers(docs)) == [{1, 3}]
    # An editor may still say they are one story.
    together = cluster([1, 2, 3], pairs, together=[(1, 2)], exclusive=release_issuers(docs))
    assert together == [{1, 2, 3}]


def test_a_subject_covered_day_after_day_never_chains_into_one_group():
    days = {i: DAY + datetime.timedelta(days=2 * i) for i in range(6)}
    pairs = [(0.9, i, i + 1) for i in range(5)]  # each day's story resembles the next
    groups = cluster(days, pairs, days=days)
    for group in groups:
        span = max(days[i] for i in group) - min(days[i] for i in group)
        assert span.days <= TUNING.max_span_days
    assert len(groups) >= 2


def test_look_alike_articles_never_chain_into_a_group_past_the_cap():
    # Thirty articles of one day from one template: each resembles every other.
    docs = [doc(i, f"{RELEASE} Colonia número {i}.") for i in range(30)]
    groups = cluster([d.id for d in docs], scored_pairs(docs), days={d.id: DAY for d in docs})
    assert groups
    assert max(len(group) for group in groups) == TUNING.max_group
    # An editor's "together" is kept whatever the cap.
    together = [(0, i) for i in range(1, 20)]
    groups = cluster(range(20), [], together=together)
    assert groups == [set(range(20))]


def test_each_article_is_compared_with_a_few_candidates_only():
    docs = [doc(i, f"{RELEASE} Colonia número {i}.") for i in range(40)]
    docs.append(doc(99, OTHER_EVENT))
    pairs = scored_pairs(docs, focus={0})
    assert len(pairs) == TUNING.max_candidates
    assert all(0 in (x, y) for _score, x, y in pairs)
    # Without a focus every article proposes its own few: linear, not quadratic.
    assert len(scored_pairs(docs)) <= TUNING.max_candidates * len(docs)


def test_the_signature_from_an_articles_fields_leaves_its_names_out():
    found = story_text.article_signature(
        title="Brigadas contra el dengue en Mérida",
        body_html=f"<p>{REWRITE}</p>",
        names=["Secretaría de Salud", "SSY"],
    )
    text = story_text.article_text(
        title="Brigadas contra el dengue en Mérida", body_html=f"<p>{REWRITE}</p>"
    )
    leave_out = story_text.name_words(["Secretaría de Salud", "SSY"])
    assert found.terms == story_text.signature(text, leave_out=leave_out)
    assert story_text.term_hash(story_text.stem("secretaria")) not in dict(found.terms)
    assert found.text_hash == story_text.text_digest(text, leave_out)
