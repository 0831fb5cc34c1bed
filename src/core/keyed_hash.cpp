// Keys, fingerprints and the hash stream behind pseudonyms: keyed BLAKE2b
// from libsodium. Without the key a fingerprint cannot be matched against a
// dictionary of likely values (all SSNs are only 10^9).
#include <sodium.h>
#include <sys/random.h>

#include <cstring>

#include "engine_internal.h"

namespace privguard::core {

void keyed_hash(const Key& key, std::string_view a, std::string_view b, unsigned char* out,
                std::size_t out_len) noexcept {
  crypto_generichash_blake2b_state st;
  crypto_generichash_blake2b_init(&st, key.data(), key.size(), out_len);
  // Length-prefix the first part so ("ab","c") and ("a","bc") differ.
  unsigned char len[8];
  std::uint64_t n = a.size();
  for (int i = 0; i < 8; ++i) len[i] = static_cast<unsigned char>(n >> (8 * i));
  crypto_generichash_blake2b_update(&st, len, sizeof len);
  crypto_generichash_blake2b_update(&st, reinterpret_cast<const unsigned char*>(a.data()), a.size());
  crypto_generichash_blake2b_update(&st, reinterpret_cast<const unsigned char*>(b.data()), b.size());
  crypto_generichash_blake2b_final(&st, out, out_len);
}

void Engine::fingerprint(std::string_view value, char (&hex)[33]) const noexcept {
  unsigned char h[16];
  keyed_hash(key_, "fingerprint", value, h, sizeof h);
  hex_encode(h, sizeof h, hex);
  hex[32] = '\0';
}

Key Engine::random_key() noexcept {
  Key k{};
  std::size_t got = 0;
  while (got < k.size()) {
    ssize_t n = getrandom(k.data() + got, k.size() - got, 0);
    if (n > 0) got += static_cast<std::size_t>(n);
    else if (errno != EINTR) break;  // no entropy source: a fixed key is better than no scan
  }
  return k;
}

Key Engine::key_from_string(std::string_view s) noexcept {
  Key k{};
  crypto_generichash_blake2b(k.data(), k.size(), reinterpret_cast<const unsigned char*>(s.data()), s.size(),
                             reinterpret_cast<const unsigned char*>("privguard-key-v1"), 16);
  return k;
}

}  // namespace privguard::core
