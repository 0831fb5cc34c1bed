// The digit-run prefilter: card, phone, social security and account
// numbers are runs of digits, and no literal marks them. Hyperscan scans
// digit classes at ~1 GB/s on log text (timestamps everywhere); a SIMD
// pass over a byte mask, with a short scalar look at each long run, is
// several times faster.
#pragma once

#include <cstddef>
#include <string_view>

namespace privguard::core {

// A run: digits separated by at most two of ' ', '-', '.', '(', ')'
// ("4111 1111 1111 1111", "(555) 123-4567", "DE89 3704"). Calls
// on_run(ctx, first_digit, one_past_last_digit) for every run holding at
// least `min_digits` digits, in order, with their digit count; on_run
// returns false to stop.
using DigitRunSink = bool (*)(void* ctx, std::size_t start, std::size_t end, unsigned digits) noexcept;
void find_digit_runs(std::string_view data, unsigned min_digits, DigitRunSink on_run, void* ctx) noexcept;

}  // namespace privguard::core
