"""Cleaning rules on small texts we write here: repeats, boilerplate, titles, encodings."""

from __future__ import annotations

import pytest

from tidings.clean.text import clean_text, reads_as_title, repeat_key, split_paragraphs
from tidings.clean.unicode import NotText, decode, repair

BODY = [
    "Les ministres des Affaires étrangères se retrouveront jeudi à Genève pour une réunion de deux heures.",
    "Selon un diplomate, les discussions porteront sur l'aide humanitaire et sur un échange de prisonniers.",
    "Aucune déclaration commune n'est prévue à l'issue de la rencontre, a précisé le porte-parole.",
]


def test_body_pasted_twice_is_kept_once_with_reasons():
    text = "\n".join(["Réunion à Genève jeudi", *BODY, "Réunion à Genève jeudi", *BODY])
    cleaned = clean_text(text)
    assert cleaned.title == "Réunion à Genève jeudi"
    assert cleaned.paragraphs == BODY
    assert [r.reason for r in cleaned.removed] == ["repeat"] * 4
    assert cleaned.removed[0].detail == "same as the title"


def test_repeat_with_other_spacing_quotes_and_merged_paragraphs():
    variant = [BODY[0].replace(" ", "  ").replace("'", "’"), BODY[1] + " " + BODY[2]]
    cleaned = clean_text("\n".join(["Titre court", *BODY, *variant]))
    assert cleaned.paragraphs == BODY
    assert [r.detail for r in cleaned.removed] == ["same as paragraph 1", "contained in earlier text"]


def test_short_lines_are_not_treated_as_partial_repeats():
    # "Il a refusé." occurs inside a longer kept paragraph but is too short to be called a copy.
    text = "Titre\nLe président a parlé. Il a refusé. Puis il est parti.\nIl a refusé.\nFin du texte ici."
    cleaned = clean_text(text)
    assert "Il a refusé." in cleaned.paragraphs


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Cette page peut inclure du contenu de tiers fourni à des fins d'information uniquement.", "disclaimer"),
        ("This article may contain third-party content and does not constitute investment advice.", "disclaimer"),
        ("Partager sur Facebook", "share"),
        ("Share this article", "share"),
        ("Facebook Twitter LinkedIn E-mail", "share"),
        ("Lire aussi : Le Conseil de sécurité se réunit en urgence", "read_more"),
        ("Read more: Talks collapse in Doha", "read_more"),
        ("Inscrivez-vous à notre newsletter quotidienne", "newsletter"),
        ("Sign up for our newsletter to get the top stories", "newsletter"),
        ("Nous utilisons des cookies pour améliorer votre expérience.", "cookie"),
        ("© 2025 Example Media. All rights reserved.", "copyright"),
    ],
)
def test_boilerplate_rules_fr_en(line, kind):
    cleaned = clean_text("\n".join(["Titre", *BODY, line]))
    assert cleaned.paragraphs == BODY
    assert cleaned.removed[0].reason == "boilerplate"
    assert cleaned.removed[0].detail.startswith(kind + ":")


def test_a_long_news_paragraph_mentioning_cookies_is_kept():
    long = ("Le régulateur a infligé une amende à la plateforme, accusée d'avoir déposé des cookies sans "
            "consentement sur les terminaux de millions d'utilisateurs européens. " * 6)
    assert long.strip() in clean_text("\n".join(["Titre", *BODY, long])).paragraphs


def test_title_detection():
    assert reads_as_title("Sommet à Anchorage : ce qu'il faut savoir", BODY)
    assert reads_as_title("La rencontre approche et le cessez-le-feu devient un point d'attention.", BODY)
    assert not reads_as_title("Le sommet a eu lieu. Les deux dirigeants se sont parlé.", BODY)
    assert not reads_as_title("Titre seul", [])


def test_hard_wrapped_text_is_rejoined():
    text = "First paragraph line one\ncontinues here.\n\nSecond paragraph\nalso wrapped.\n\nThird one."
    assert split_paragraphs(text) == ["First paragraph line one continues here.",
                                      "Second paragraph also wrapped.", "Third one."]


def test_repeat_key_ignores_case_space_punctuation():
    assert repeat_key("« Non », a-t-il dit.") == repeat_key('"non" a t il  dit')


def test_latin1_is_detected_not_assumed():
    text = ("Grève à la SNCF : le trafic très perturbé jeudi. Le mouvement lancé par les syndicats de "
            "cheminots se poursuit, « nous ne céderons pas », a déclaré à la presse le secrétaire général.")
    decoded, encoding = decode(text.encode("latin-1"))
    assert decoded == text
    assert encoding in {"cp1252", "latin_1", "iso8859_15"}


def test_declared_charset_used_only_when_it_fits():
    raw = "<meta charset='iso-8859-1'><p>Élysée</p>".encode("latin-1")
    assert decode(raw, "iso8859-1")[0].endswith("Élysée</p>")
    assert decode("<p>Élysée</p>".encode(), "ascii")[1] == "utf-8"


def test_mojibake_is_repaired():
    assert repair("Macronâ€™s visit to the cafÃ©") == "Macron’s visit to the café"


@pytest.mark.parametrize("raw", [b"\x00\x01\x02binary\x00", b"%PDF-1.7\n...", b"\x89PNG\r\n\x1a\n\x00"])
def test_binary_is_refused(raw):
    with pytest.raises(NotText):
        decode(raw)
