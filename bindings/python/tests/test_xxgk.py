"""bindings.python.unit: the contract of the Python module xxgk.

Run by ctest with PYTHONPATH at the built module and XXGK_REPORT (examples/data/changchun-2023.txt),
XXGK_TEST_DATA (tests/data) and XXGK_EXPECTED_VERSION set:
    python3 -m unittest -v test_xxgk
"""

import json
import os
import pathlib
import random
import threading
import time
import unittest

import xxgk

REPORT = os.environ["XXGK_REPORT"]
DATA = pathlib.Path(os.environ["XXGK_TEST_DATA"])
ENTRY_KEYS = ["file", "edition", "year", "agency", "inferred", "summary", "findings"]
FINDING_KEYS = ["rule", "severity", "verdict", "table", "row", "column", "expected", "actual",
                "line", "col", "raw", "inferred", "message"]


def read(path):
    with open(path, "rb") as f:
        return f.read()


def rules_of(entry):
    return [f["rule"] for f in entry["findings"]]


def broken(text):
    """The bundled report with one number changed: (一) 予以公开 / 自然人 25 -> 26."""
    row = "予以公开\t25\t".encode()
    assert text.count(row) == 1
    return text.replace(row, "予以公开\t26\t".encode())


class Check(unittest.TestCase):
    def setUp(self):
        self.text = read(REPORT)

    def test_version(self):
        self.assertEqual(xxgk.__version__, os.environ["XXGK_EXPECTED_VERSION"])

    def test_entry_of_the_bundled_report(self):
        entry = xxgk.check(self.text)
        self.assertEqual(list(entry), ENTRY_KEYS)
        self.assertEqual(entry["file"], "<input>")
        self.assertEqual((entry["edition"], entry["year"]), ("2021", 2023))
        self.assertEqual(entry["summary"], {"errors": 0, "warnings": 4, "notes": 0})
        for finding in entry["findings"]:
            self.assertEqual(list(finding), FINDING_KEYS)
            self.assertIsInstance(finding["line"], int)

    def test_str_bytes_and_buffers_give_the_same_entry(self):
        expected = xxgk.check(self.text)
        self.assertEqual(xxgk.check(self.text.decode("utf-8")), expected)
        self.assertEqual(xxgk.check(bytearray(self.text)), expected)
        self.assertEqual(xxgk.check(memoryview(self.text)), expected)

    def test_options(self):
        self.assertEqual(xxgk.check(self.text, name="长春.txt")["file"], "长春.txt")
        en = xxgk.check(self.text, lang="en")
        self.assertTrue(en["findings"][0]["message"].startswith("a label differs from the official wording"))
        self.assertEqual(xxgk.check(self.text, edition=2019)["edition"], "2019")
        self.assertEqual(xxgk.check(self.text, edition="2019")["edition"], "2019")
        self.assertEqual(xxgk.check(self.text, edition="2021")["edition"], "2021")
        self.assertEqual(xxgk.check(self.text, blanks="not_assessable")["summary"]["errors"], 0)

    def test_bad_options_are_value_errors_not_xxgk_errors(self):
        for options in ({"lang": "fr"}, {"edition": "2020"}, {"edition": 2020}, {"edition": None},
                        {"format": "xml"}, {"blanks": "zero"}):
            with self.subTest(options=options):
                with self.assertRaises(ValueError) as caught:
                    xxgk.check(self.text, **options)
                self.assertNotIsInstance(caught.exception, xxgk.Error)
        with self.assertRaises(TypeError):
            xxgk.check(self.text, "zh")  # options are keyword-only

    def test_a_broken_report(self):
        entry = xxgk.check(broken(self.text))
        self.assertEqual(entry["summary"]["errors"], 2)
        self.assertIn("S3.ROW", rules_of(entry))
        self.assertIn("S3.TOTAL", rules_of(entry))
        note = next(f for f in entry["findings"] if f["rule"] == "EXPLAIN.CELL")
        self.assertEqual((note["row"], note["column"], note["actual"], note["expected"]),
                         ("granted", "natural_person", 26, 25))
        self.assertNotIn("EXPLAIN.CELL", rules_of(xxgk.check(broken(self.text), explain=False)))

    def test_previous_year(self):
        entry = xxgk.check(self.text, previous=self.text)  # not the year before: X.SERIES
        self.assertIn("X.SERIES", rules_of(entry))
        self.assertEqual(entry, xxgk.check(self.text, previous=self.text.decode()))
        with self.assertRaises(xxgk.Error) as caught:
            xxgk.check(self.text, previous=b"")
        e = caught.exception
        self.assertEqual((e.code, e.in_previous, e.entry), ("INPUT.EMPTY", True, None))
        self.assertTrue(str(e).startswith("previous report: INPUT.EMPTY"))

    def test_json_documents(self):
        report = xxgk.parse(self.text)
        self.assertEqual(list(report)[:3], ["edition", "year", "agency"])
        self.assertIn("section3", report)
        written = json.dumps(report, ensure_ascii=False, separators=(",", ":"))
        self.assertEqual(xxgk.parse(written), report)  # the canonical JSON reads back to itself
        self.assertEqual(xxgk.parse(written.encode(), format="json"), report)
        entry = xxgk.check(written)
        self.assertEqual(entry["summary"]["errors"], 0)
        self.assertEqual(entry["agency"], report["agency"])
        with self.assertRaises(xxgk.Error) as caught:
            xxgk.check(self.text, format="json")
        self.assertEqual((caught.exception.code, caught.exception.line), ("INPUT.JSON", 3))

    def test_check_file(self):
        entry = xxgk.check_file(REPORT)
        self.assertEqual(entry["file"], REPORT)
        self.assertEqual(entry, xxgk.check(self.text, name=REPORT))
        self.assertEqual(xxgk.check_file(pathlib.Path(REPORT)), entry)
        self.assertIn("INPUT.DECODED", rules_of(xxgk.check_file(DATA / "text-gbk.txt")))
        with self.assertRaises(xxgk.Error) as caught:
            xxgk.check_file("/nonexistent/report.txt")
        self.assertEqual(caught.exception.code, "INPUT.FILE")
        self.assertEqual(caught.exception.entry["file"], "/nonexistent/report.txt")

    def test_gbk_bytes_are_decoded_as_the_checker_decodes_files(self):
        entry = xxgk.check(read(DATA / "text-gbk.txt"))
        self.assertIn("INPUT.DECODED", rules_of(entry))
        self.assertIsNotNone(entry["edition"])

    def test_rules(self):
        self.assertIsInstance(xxgk.rules, tuple)
        ids = [r["id"] for r in xxgk.rules]
        self.assertEqual(ids[:4], ["S3.ROW", "S3.TOTAL", "S3.BALANCE", "S4.TOTAL"])
        self.assertEqual(len(ids), len(set(ids)))
        for rule in xxgk.rules:
            self.assertEqual(list(rule), ["id", "group", "severity", "zh", "en", "source"])
            self.assertIn(rule["group"], {"identities", "across_years", "prose", "readers", "explain"})
            self.assertIn(rule["severity"], {"error", "warning", "note"})
        # every code a finding can carry is in the catalogue
        for f in xxgk.check(broken(self.text))["findings"]:
            self.assertIn(f["rule"], ids)


class BadInput(unittest.TestCase):
    """Bad input is an xxgk.Error (or a TypeError for what is no document), never a crash."""

    def expect_error(self, document, code, line=None, col=None, **options):
        with self.assertRaises(xxgk.Error) as caught:
            xxgk.check(document, **options)
        e = caught.exception
        self.assertIsInstance(e, ValueError)
        self.assertEqual(e.code, code)
        if line is not None:
            self.assertEqual((e.line, e.col), (line, col))
        self.assertFalse(e.in_previous)
        # the entry the checker prints then: this error as its one finding
        self.assertEqual(list(e.entry), ENTRY_KEYS)
        self.assertEqual(e.entry["summary"], {"errors": 1, "warnings": 0, "notes": 0})
        self.assertEqual([(f["rule"], f["line"], f["col"], f["message"]) for f in e.entry["findings"]],
                         [(e.code, e.line, e.col, e.message)])
        self.assertIn(e.code, str(e))
        return e

    def test_none_and_other_types(self):
        for document in (None, 42, 4.2, ["text"], {"edition": "2021"}, object()):
            with self.subTest(document=document):
                with self.assertRaises(TypeError) as caught:
                    xxgk.check(document)
                self.assertIn("must be str or bytes", str(caught.exception))
                with self.assertRaises(TypeError):
                    xxgk.parse(document)
        with self.assertRaises(TypeError):
            xxgk.check_file(None)
        with self.assertRaises(TypeError):
            xxgk.check(read(REPORT), previous=42)

    def test_empty(self):
        e = self.expect_error(b"", "INPUT.EMPTY")
        self.assertIsNone(e.line)
        self.expect_error("", "INPUT.EMPTY")
        self.expect_error("   \n\n", "INPUT.EMPTY")  # nothing but spaces

    def test_nul_bytes(self):
        self.expect_error("一、总体情况\n本机关\0依法公开".encode(), "INPUT.BINARY", 2, 4)
        self.expect_error("一、总体情况\n本机关\0依法公开", "INPUT.BINARY", 2, 4)
        self.expect_error(b"\0" * 1000, "INPUT.BINARY", 1, 1)
        self.expect_error(read(REPORT) + b"\0", "INPUT.BINARY")
        self.expect_error(b'{"edition": "2021"}\0', "INPUT.BINARY")

    def test_invalid_utf8(self):
        e = self.expect_error(b"\xff\xfe\x80\x81 \xc3\x28 plain", "INPUT.ENCODING", 1, 1)
        self.assertIn("0xFF", e.message)
        self.expect_error("\ud800 a lone surrogate", "INPUT.ENCODING", 1, 1)  # str: kept as bytes
        self.expect_error(read(REPORT) + b"\xe4\xb8", "INPUT.GBK")  # a cut character
        self.expect_error(b"\xc0\xaf overlong", "INPUT.ENCODING")
        self.expect_error(b"\xed\xa0\x80 surrogate", "INPUT.ENCODING")

    def test_not_a_report(self):
        self.expect_error("just some words\n", "INPUT.NO_TABLES")
        self.expect_error("{", "INPUT.JSON", 1, 2)
        self.expect_error("[1, 2]", "INPUT.NO_TABLES")  # '[' is not JSON's '{': read as text
        self.expect_error("[1, 2]", "INPUT.JSON", format="json")
        with self.assertRaises(xxgk.Error) as caught:
            xxgk.parse("{\"edition\": 2021")
        self.assertEqual(caught.exception.code, "INPUT.JSON")
        self.assertIsNone(caught.exception.entry)

    def test_100_mb(self):
        text = read(REPORT)
        prose = "本机关依法公开政府信息，做好各项工作，共计 12 件。\n".encode()
        big = text + prose * ((100 * 2**20 - len(text)) // len(prose) + 1)
        self.assertGreaterEqual(len(big), 100 * 2**20)
        start = time.perf_counter()
        entry = xxgk.check(big)
        seconds = time.perf_counter() - start
        self.assertEqual(entry["summary"]["errors"], 0)
        self.assertEqual(entry["findings"], xxgk.check(text)["findings"])
        print(f"\n  100 MB report: checked in {seconds:.1f} s", end=" ")
        self.expect_error(b"a" * (100 * 2**20), "INPUT.NO_TABLES")
        self.expect_error(b"\0" * (100 * 2**20), "INPUT.BINARY", 1, 1)
        self.expect_error(b"\xff" * (100 * 2**20), "INPUT.ENCODING", 1, 1)

    def test_random_bytes(self):
        """Bytes of every kind, and cuts of the report: a dict or an xxgk.Error, nothing else."""
        rng = random.Random(13)
        text = read(REPORT)
        samples = [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400))) for _ in range(200)]
        samples += [text[:rng.randrange(len(text))] for _ in range(50)]
        samples += [text[rng.randrange(len(text)):] for _ in range(50)]
        for sample in samples:
            for options in ({}, {"format": "json"}, {"lang": "en", "edition": 2019}):
                try:
                    self.assertIsInstance(xxgk.check(sample, **options), dict)
                except xxgk.Error as e:
                    self.assertTrue(e.code.startswith("INPUT."), e.code)
                try:
                    self.assertIsInstance(xxgk.parse(sample), dict)
                except xxgk.Error as e:
                    self.assertTrue(e.code.startswith("INPUT."), e.code)


class Threads(unittest.TestCase):
    def test_the_gil_is_released_while_checking(self):
        """While one thread checks a large report, another runs Python: it is never held up for
        long. (With the GIL held through the check, the longest pause is the whole check.)"""
        text = read(REPORT)
        prose = "本机关依法公开政府信息，做好各项工作，共计 12 件。\n".encode()
        big = text + prose * (30 * 2**20 // len(prose))
        span = {}

        def work():
            span["start"] = time.perf_counter()
            xxgk.check(big)
            span["end"] = time.perf_counter()

        worker = threading.Thread(target=work)
        ticks = []
        worker.start()
        while worker.is_alive():
            ticks.append(time.perf_counter())
        worker.join()
        during = [t for t in ticks if span["start"] <= t <= span["end"]]
        check_seconds = span["end"] - span["start"]
        self.assertGreater(check_seconds, 0.05)
        self.assertGreater(len(during), 10, "the main thread did not run while the check did")
        gaps = [b - a for a, b in zip([span["start"]] + during, during + [span["end"]])]
        self.assertLess(max(gaps), check_seconds / 2,
                        f"the main thread waited {max(gaps):.3f} s of a {check_seconds:.3f} s check")

    def test_threads_give_the_same_answers(self):
        text = read(REPORT)
        documents = [text, broken(text), b"", read(DATA / "text-gbk.txt")]

        def answer(document):
            try:
                return xxgk.check(document)
            except xxgk.Error as e:
                return e.code

        expected = [answer(d) for d in documents]
        results = {}

        def work(n):
            results[n] = [answer(d) for d in documents for _ in range(3)]

        threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for n in range(4):
            self.assertEqual(results[n], [e for e in expected for _ in range(3)])


if __name__ == "__main__":
    unittest.main()
