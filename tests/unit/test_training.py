"""Training units: certificate codes and the sign-up form's validation, without a database."""

import re

from django.utils import translation

from portal.training.certificates import CODE_ALPHABET, new_code
from portal.training.forms import RegistrationForm


def test_certificate_codes_are_random_and_easy_to_read_aloud():
    codes = {new_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", code)
        assert not set(code.replace("-", "")) - set(CODE_ALPHABET)
        assert not {"0", "O", "1", "I"} & set(code)


def test_the_form_normalises_name_e_mail_and_phone():
    form = RegistrationForm(
        {"name": "  Amira   Khenatla ", "email": " amira@example.test ", "phone": "06 12 34 56 78"}
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data == {
        "name": "Amira Khenatla",
        "email": "amira@example.test",
        "phone": "+212612345678",
    }


def test_the_form_explains_errors_in_the_active_language():
    with translation.override("ar"):
        form = RegistrationForm({"name": "", "email": "x", "phone": "0522"})
        assert not form.is_valid()
        assert form.errors["email"] == ["أدخِل عنوان بريد إلكتروني صحيح."]
        assert "رقم" in form.errors["phone"][0]
