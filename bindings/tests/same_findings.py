"""bindings.same_findings: every door gives the checker's answer.

For every fixture of tests/data (*.txt, *.md, *.csv, *.html, *.json), in Chinese and in English:
  - `xxgk-check --format json --lang L FILE` (its standard output and exit status);
  - libxxgk_c through ctypes: xxgk_check_file(FILE) and xxgk_check(bytes, name=FILE) return that
    standard output byte for byte, with the exit status as their status (0, 1 or 2);
  - the Python module: xxgk.check_file(FILE) and xxgk.check(bytes, name=FILE) return its entry
    (or raise xxgk.Error whose .entry it is, with its code and position);
so the findings are the same: rule, severity, line, col and message of each, in order.
And the canonical report JSON of xxgk_parse and xxgk.parse is `xxgk-check --emit report-json`'s.

Environment: XXGK_CHECK (the checker), XXGK_C_LIBRARY (libxxgk_c.so), XXGK_TEST_DATA (tests/data),
PYTHONPATH (the built module).
"""

import ctypes
import json
import os
import pathlib
import subprocess
import unittest

import xxgk

CHECKER = os.environ["XXGK_CHECK"]
DATA = pathlib.Path(os.environ["XXGK_TEST_DATA"])
FIXTURES = sorted(p for p in DATA.iterdir() if p.suffix in {".txt", ".md", ".csv", ".html", ".json"})
LANGS = {"zh": 0, "en": 1}


class Options(ctypes.Structure):
    _fields_ = [("lang", ctypes.c_int), ("edition", ctypes.c_int), ("format", ctypes.c_int),
                ("blanks", ctypes.c_int), ("no_explain", ctypes.c_int), ("previous", ctypes.c_char_p),
                ("previous_size", ctypes.c_size_t), ("name", ctypes.c_char_p)]


class Error(ctypes.Structure):
    _fields_ = [("code", ctypes.c_char * 32), ("line", ctypes.c_uint), ("col", ctypes.c_uint),
                ("message", ctypes.c_char * 512)]


lib = ctypes.CDLL(os.environ["XXGK_C_LIBRARY"])
for name, args in {
    "xxgk_check": [ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(Options), ctypes.POINTER(ctypes.c_void_p),
                   ctypes.POINTER(Error)],
    "xxgk_check_file": [ctypes.c_char_p, ctypes.POINTER(Options), ctypes.POINTER(ctypes.c_void_p),
                        ctypes.POINTER(Error)],
    "xxgk_parse": [ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(Options), ctypes.POINTER(ctypes.c_void_p),
                   ctypes.POINTER(Error)],
}.items():
    getattr(lib, name).argtypes = args
    getattr(lib, name).restype = ctypes.c_int
lib.xxgk_free.argtypes = [ctypes.c_void_p]
lib.xxgk_free.restype = None


def taken(pointer):
    """The string libxxgk_c returned, as bytes, released."""
    if not pointer.value:
        return None
    try:
        return ctypes.string_at(pointer.value)
    finally:
        lib.xxgk_free(pointer.value)


def c_check(path, lang, in_memory):
    options = Options(lang=LANGS[lang], name=str(path).encode())
    out, error = ctypes.c_void_p(), Error()
    if in_memory:
        data = path.read_bytes()
        status = lib.xxgk_check(data, len(data), ctypes.byref(options), ctypes.byref(out), ctypes.byref(error))
    else:
        status = lib.xxgk_check_file(str(path).encode(), ctypes.byref(options), ctypes.byref(out), ctypes.byref(error))
    return status, taken(out), error


def c_parse(path):
    data = path.read_bytes()
    out, error = ctypes.c_void_p(), Error()
    status = lib.xxgk_parse(data, len(data), None, ctypes.byref(out), ctypes.byref(error))
    return status, taken(out)


def python_check(path, lang, in_memory):
    """The entry, and the xxgk.Error raised (or None)."""
    try:
        if in_memory:
            return xxgk.check(path.read_bytes(), lang=lang, name=str(path)), None
        return xxgk.check_file(path, lang=lang), None
    except xxgk.Error as e:
        return e.entry, e


def findings(entry):
    return [(f["rule"], f["severity"], f["line"], f["col"], f["message"]) for f in entry["findings"]]


class SameFindings(unittest.TestCase):
    def test_fixtures_are_there(self):
        self.assertGreaterEqual(len(FIXTURES), 30)
        self.assertTrue(any(p.suffix == ".html" for p in FIXTURES))

    def test_check(self):
        compared = 0
        for path in FIXTURES:
            for lang in LANGS:
                with self.subTest(fixture=path.name, lang=lang):
                    cli = subprocess.run([CHECKER, "--format", "json", "--lang", lang, str(path)], capture_output=True)
                    self.assertIn(cli.returncode, (0, 1, 2), cli.stderr)
                    cli_entry = json.loads(cli.stdout)["files"][0]
                    for in_memory in (False, True):
                        status, document, error = c_check(path, lang, in_memory)
                        self.assertEqual(document, cli.stdout, f"libxxgk_c (in memory: {in_memory})")
                        self.assertEqual(status, cli.returncode)
                        entry, raised = python_check(path, lang, in_memory)
                        self.assertEqual(findings(entry), findings(cli_entry), f"xxgk (in memory: {in_memory})")
                        self.assertEqual(entry, cli_entry)
                        if cli.returncode == 2:  # unreadable: the one finding is the error
                            (rule, _, line, col, message), = findings(cli_entry)
                            self.assertEqual((error.code.decode(), error.line or None, error.col or None,
                                              error.message.decode()), (rule, line, col, message))
                            self.assertIsNotNone(raised)
                            self.assertEqual((raised.code, raised.line, raised.col, raised.message),
                                             (rule, line, col, message))
                        else:
                            self.assertIsNone(raised)
                            self.assertEqual(error.code, b"")
                    compared += 1
        print(f"\n  {compared} fixture checks compared (CLI, libxxgk_c x2, Python x2)", end=" ")

    def test_parse(self):
        for path in FIXTURES:
            with self.subTest(fixture=path.name):
                cli = subprocess.run([CHECKER, "--emit", "report-json", str(path)], capture_output=True)
                status, report = c_parse(path)
                if cli.returncode == 2:
                    self.assertEqual((status, report), (2, None))
                    with self.assertRaises(xxgk.Error):
                        xxgk.parse(path.read_bytes())
                    continue
                self.assertEqual(status, 0)
                self.assertEqual(report + b"\n", cli.stdout)
                self.assertEqual(xxgk.parse(path.read_bytes()), json.loads(cli.stdout))


if __name__ == "__main__":
    unittest.main()
