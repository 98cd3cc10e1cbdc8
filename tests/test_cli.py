import io
import json
import subprocess
import sys

from arnews.cli import main

from .conftest import SEED


def run(args, stdin=""):
    out = io.StringIO()
    code = main(args, stdin=io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))), stdout=out)
    return code, out.getvalue()


def test_extract_one_file_prints_one_json_object():
    code, out = run(["extract", str(SEED)])
    assert code == 0
    d = json.loads(out)
    assert d["title"]["text"].startswith("بوتين وكيم")
    assert "tokens" not in d


def test_extract_stdin_jsonl_and_several_files(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("عنوان\nقال الوزير إن الوضع مستقر.", encoding="utf-8")
    code, out = run(["extract", "--jsonl", str(f), "-"], stdin="عنوان آخر\nنص.")
    lines = out.strip().splitlines()
    assert code == 0 and len(lines) == 2
    assert json.loads(lines[1])["title"]["text"] == "عنوان آخر"
    code, out = run(["extract", str(f), str(f)])
    assert [d["title"]["text"] for d in json.loads(out)] == ["عنوان", "عنوان"]


def test_unreadable_file_does_not_stop_the_others(tmp_path, capsys):
    f = tmp_path / "ok.txt"
    f.write_text("عنوان\nنص.", encoding="utf-8")
    code, out = run(["extract", "--jsonl", str(tmp_path / "missing.txt"), str(f)])
    assert code == 1
    assert json.loads(out)["title"]["text"] == "عنوان"
    assert "missing.txt" in capsys.readouterr().err


def test_invalid_utf8_is_kept_not_lost(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_bytes("عنوان\nنص ".encode() + b"\xff\xfe" + "مكسور.".encode())
    code, out = run(["extract", str(f)])
    assert code == 0
    assert "\\udcff" in out and "مكسور" in json.loads(out)["text"]


def test_jsonl_records_input(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"id": "a1", "title": "عنوان", "text": "نص."}, ensure_ascii=False) + "\n{broken\n",
                 encoding="utf-8")
    code, out = run(["extract", "--jsonl", str(f)])
    assert code == 1  # the broken record is reported
    assert json.loads(out)["meta"]["id"] == "a1"


def test_pretty_summary_is_rtl_safe():
    code, out = run(["extract", "--pretty", str(SEED)])
    assert code == 0
    assert "title: \u2068بوتين وكيم" in out
    assert "heading: \u2068جميع الملفات على الطاولة\u2069" in out


def test_unknown_pipeline_name_is_an_error(capsys):
    code, _ = run(["extract", "--pipeline", "nope", str(SEED)])
    assert code == 2 and "nope" in capsys.readouterr().err


def test_python_dash_m_works():
    r = subprocess.run([sys.executable, "-m", "arnews", "extract", "--jsonl", "-"], input="عنوان\nنص.".encode(),
                       capture_output=True, timeout=60)
    assert r.returncode == 0, r.stderr.decode()
    assert json.loads(r.stdout)["title"]["text"] == "عنوان"
