"""Builds taspan._core with CMake (python/CMakeLists.txt) for the interpreter running pip."""

import pathlib
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = pathlib.Path(__file__).parent.resolve()


class CMakeExtension(Extension):
    def __init__(self):
        super().__init__("taspan._core", sources=[])


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        build = pathlib.Path(self.build_temp).resolve() / "cmake"
        configure = ["cmake", "-S", str(ROOT), "-B", str(build), "-DCMAKE_BUILD_TYPE=Release",
                     "-DTASPAN_BUILD_PYTHON=ON", "-DTASPAN_BUILD_TESTS=OFF",
                     "-DTASPAN_BUILD_EXAMPLES=OFF", "-DTASPAN_BUILD_BENCHMARKS=OFF",
                     "-DTASPAN_INSTALL=OFF", f"-DPython3_EXECUTABLE={sys.executable}"]
        if shutil.which("ninja"):
            configure += ["-G", "Ninja"]
        subprocess.check_call(configure)
        subprocess.check_call(["cmake", "--build", str(build), "--target", "taspan_python_core"])
        built = next((build / "python" / "taspan").glob("_core*.so"))
        target = pathlib.Path(self.get_ext_fullpath(ext.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(built, target)


setup(ext_modules=[CMakeExtension()], cmdclass={"build_ext": CMakeBuild})
