// Small value types shared by the policy, the engine and the reports.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace privguard::core {

enum class Mode : std::uint8_t { Enforce, Report, Off };

// Ordered from most to least permissive; a rule's action after sink
// overrides and mode have been applied is one of these.
enum class Action : std::uint8_t { Allow, Report, Mask, Redact, Pseudonym, Block };

// Whether the action rewrites the matched bytes (mask, redact, pseudonym).
constexpr bool rewrites(Action a) noexcept {
  return a == Action::Mask || a == Action::Redact || a == Action::Pseudonym;
}

// Lower-case hex of `n` bytes into out[0, 2n) (no terminating NUL): the
// one hex encoder of fingerprints, cache keys, keys and literals.
inline void hex_encode(const unsigned char* in, std::size_t n, char* out) noexcept {
  constexpr char kHex[] = "0123456789abcdef";
  for (std::size_t i = 0; i < n; ++i) {
    out[2 * i] = kHex[in[i] >> 4];
    out[2 * i + 1] = kHex[in[i] & 15];
  }
}

enum class Severity : std::uint8_t { Low, Medium, High, Critical };

enum class SinkKind : std::uint8_t { File, Pipe, Socket, Tty, Other };

// What a mask, redaction or pseudonym does to a match in binary content
// (compiled code, archives, images, ciphertext), where rewriting bytes
// breaks the format: Report leaves the bytes alone and reports the
// finding; Mask applies the action as in text.
enum class BinaryAction : std::uint8_t { Report, Mask };

// Where the bytes of one call go. Views only: the shim keeps the strings in
// its per-thread state (asked of the kernel for a call with a finding), the
// CLI in its own locals. Empty path/peer = unknown.
struct Sink {
  SinkKind kind = SinkKind::Other;
  std::string_view path;  // absolute path for files, ttys and named pipes
  std::string_view peer;  // "127.0.0.1:5432", "[::1]:443" or a unix path
  int fd = -1;            // the call's descriptor (1 and 2: the standard streams); -1 none
};

std::string_view to_string(Mode) noexcept;
std::string_view to_string(Action) noexcept;
std::string_view to_string(Severity) noexcept;
std::string_view to_string(SinkKind) noexcept;
std::string_view to_string(BinaryAction) noexcept;
// The findings file's "action" field: reported|masked|blocked.
std::string_view finding_action_name(Action) noexcept;

std::optional<Mode> parse_mode(std::string_view) noexcept;
std::optional<Action> parse_action(std::string_view) noexcept;
std::optional<Severity> parse_severity(std::string_view) noexcept;
std::optional<SinkKind> parse_sink_kind(std::string_view) noexcept;
std::optional<BinaryAction> parse_binary_action(std::string_view) noexcept;

}  // namespace privguard::core
