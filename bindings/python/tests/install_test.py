"""bindings.python.install: `cmake --install` puts the module where the installing Python finds it.

    install_test.py BUILD_DIR WORK_DIR INSTALL_DIR DEFAULT_PREFIX REPORT

Installs the component xxgk_python of BUILD_DIR into WORK_DIR/prefix, imports the module from
PREFIX/INSTALL_DIR in a fresh interpreter and checks REPORT with it. Then: with the configured
prefix (DEFAULT_PREFIX), PREFIX/INSTALL_DIR is on this interpreter's own sys.path when it is its
sysconfig "platlib" (as with Debian's python3 and /usr/local), so no PYTHONPATH is needed there.
"""

import os
import shutil
import subprocess
import sys
import sysconfig

build, work, install_dir, default_prefix, report = sys.argv[1:6]
shutil.rmtree(work, ignore_errors=True)
prefix = os.path.join(work, "prefix")
subprocess.run(["cmake", "--install", build, "--prefix", prefix, "--component", "xxgk_python"],
               check=True, stdout=subprocess.DEVNULL)

target = install_dir if os.path.isabs(install_dir) else os.path.join(prefix, install_dir)
installed = [f for f in os.listdir(target) if f.startswith("xxgk.") and f.endswith(sysconfig.get_config_var("EXT_SUFFIX"))]
assert len(installed) == 1, f"no module xxgk{sysconfig.get_config_var('EXT_SUFFIX')} in {target}: {os.listdir(target)}"

probe = (
    "import sys, xxgk; e = xxgk.check_file(sys.argv[1]); "
    "print(xxgk.__file__); print(xxgk.__version__, e['summary']['errors'], len(xxgk.rules))"
)
env = dict(os.environ, PYTHONPATH=target)
# from WORK_DIR: `python -c` puts the working directory first on sys.path
out = subprocess.run([sys.executable, "-c", probe, report], env=env, cwd=work, check=True, capture_output=True,
                     text=True).stdout
module_file, summary = out.splitlines()
assert os.path.dirname(module_file) == os.path.realpath(target) or os.path.dirname(module_file) == target, module_file
print(f"installed into {target}: {os.path.basename(module_file)}; {summary}")

# the default: found with no PYTHONPATH at all
own = os.path.normpath(sysconfig.get_path("platlib"))
default_target = os.path.normpath(install_dir if os.path.isabs(install_dir) else os.path.join(default_prefix, install_dir))
if own.startswith(os.path.normpath(default_prefix).rstrip("/") + "/"):
    assert default_target == own, f"with prefix {default_prefix} the module would go to {default_target}, not {own}"
    clean = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    path = subprocess.run([sys.executable, "-c", "import sys; print('\\n'.join(sys.path))"], env=clean, cwd=work,
                          check=True, capture_output=True, text=True).stdout.splitlines()
    assert default_target in [os.path.normpath(p) for p in path if p], f"{default_target} is not on sys.path: {path}"
    print(f"with the configured prefix {default_prefix}, {default_target} is on {sys.executable}'s sys.path")
else:
    print(f"{sys.executable} keeps its modules in {own}, not under {default_prefix}: "
          f"the module goes to {default_target}, to be put on PYTHONPATH")
