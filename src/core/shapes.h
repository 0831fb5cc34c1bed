// The shape pass: prefilters for values that no literal marks. Card,
// phone, social security and account numbers are runs of digits; an IBAN
// starts with a country code and two check digits. Hyperscan scans such
// character classes at ~1 GB/s on log text (timestamps everywhere); a SIMD
// pass over byte-class masks, with a short scalar look at each long run,
// is several times faster.
#pragma once

#include <cstddef>
#include <string_view>

namespace privguard::core {

// A digit run: digits separated by at most two of ' ', '-', '.', '(', ')'
// ("4111 1111 1111 1111", "(555) 123-4567"). Reported from its first to
// one past its last digit, with its digit count.
using DigitRunSink = bool (*)(void* ctx, std::size_t start, std::size_t end, unsigned digits) noexcept;
// A shape: bytes of these classes in a row: 'A' a capital letter, 'a' a
// small one, '9' a digit, '1' a digit but 0, '+' a plus sign. A shape
// starts with a letter or '+' (never inside a digit run, which the pass
// may skip) and is at most 8 long. One that starts with a letter must
// start a word (no letter, digit or '_' before): "AA99" is an IBAN's
// country code and check digits, "+1" an international phone number.
using ShapeSink = bool (*)(void* ctx, std::size_t start, std::size_t end, unsigned shape) noexcept;

struct ShapeScan {
  unsigned min_digits = 0;  // report digit runs of at least this many digits (1..64); 0: none
  const std::string_view* shapes = nullptr;
  unsigned shape_count = 0;
  DigitRunSink on_run = nullptr;
  ShapeSink on_shape = nullptr;
  void* ctx = nullptr;
};

// Reports every digit run and shape in `data`; a sink returning false
// stops the scan.
void scan_shapes(std::string_view data, const ShapeScan& want) noexcept;

// Whether `v` is a date and the hour after it, as a log line's time starts
// ("2025-03-14 09", "14/03/2025 09"): ten digits, and nobody's number.
bool date_and_hour(std::string_view v) noexcept;

// Whether the run [start, last) of `data` is one that log lines are full
// of and no digit rule's value is written as (a date and an hour, an IPv4
// address, a UUID's digits, seconds with a fraction): scan_shapes does not
// report it (shapes.cpp says which and why).
bool log_noise_run(std::string_view data, std::size_t start, std::size_t last) noexcept;

// Whether `s` is a shape scan_shapes takes.
bool valid_shape(std::string_view s) noexcept;

}  // namespace privguard::core
