// Fuzz target: any bytes as a policy file. Loading must either succeed or
// throw PolicyError; nothing else (no crash, no other exception type).
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "privguard/policy.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    privguard::core::load_policy_text(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.toml");
  } catch (const privguard::core::PolicyError&) {
  }
  return 0;
}
