# cmake -DIN=file -DOUT=file.cpp -P EmbedText.cmake
# Writes privguard::core::default_policy_text() returning IN's contents.
file(READ ${IN} text)
set(delim "PRIVGUARD_TOML")
string(FIND "${text}" ")${delim}\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${IN} contains the raw-string delimiter")
endif()
file(WRITE ${OUT} "// Generated from ${IN}; do not edit.\n#include \"privguard/policy.h\"\n\nnamespace privguard::core {\nstd::string_view default_policy_text() noexcept {\n  static constexpr char kText[] = R\"${delim}(${text})${delim}\";\n  return {kText, sizeof kText - 1};\n}\n}  // namespace privguard::core\n")
