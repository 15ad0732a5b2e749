# Cross-compiling for aarch64 (Kunpeng, Phytium: the ARM servers of government IT) with Debian's
# g++-aarch64-linux-gnu; the programs run under qemu-user (qemu-aarch64), which ctest uses as
# CMAKE_CROSSCOMPILING_EMULATOR. Used by scripts/cross.sh.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-aarch64 -L /usr/aarch64-linux-gnu)
# Libraries and programs of the target come from its sysroot; the header-only packages xxgk
# uses (Boost.Hana, doctest, nlohmann/json) are architecture independent and found on the host.
set(CMAKE_FIND_ROOT_PATH /usr/aarch64-linux-gnu)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)
