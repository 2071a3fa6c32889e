// Compiled only to build the precompiled header that every C++ test reuses (see
// tests/CMakeLists.txt).
