import pytest

from tests.factories import make_course, make_home_page, make_question, make_quiz

MARKER = "CORRECT-MARKER-7f3a"


@pytest.fixture
def course():
    home = make_home_page()
    index = home.get_children().get(slug="courses").specific
    return make_course(index, modules=[("Module", ["Only lesson"])])


@pytest.fixture
def questions():
    return [
        make_question("single", [("Yes, if she agrees", False), ("Never", True),
                                 ("Only for serious cases", False)],
                      prompt="May a victim be asked to re-enact the assault?", marker=MARKER),
        make_question("multiple", [("A private room", True), ("A shared office", False),
                                   ("An interpreter if needed", True)],
                      prompt="What does a survivor need for an interview?", marker=MARKER,
                      scoring="partial"),
        make_question("true_false", [("True", False), ("False", True)],
                      prompt="A hymen examination is needed to establish rape.", marker=MARKER),
        make_question("ordering", [("Register the report", True), ("Offer a private room", True),
                                   ("Refer to support", True)],
                      prompt="Put the first steps in order.", marker=MARKER),
        make_question("free_text", [], prompt="Why is re-enactment harmful?"),
    ]


@pytest.fixture
def quiz(course, questions):
    return make_quiz(course, questions[:4], pass_mark=75, max_attempts=3)


@pytest.fixture
def quiz_with_text(course, questions):
    return make_quiz(course, questions, title="Written check", pass_mark=60)
