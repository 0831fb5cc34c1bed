// Wrappers keep libc's exact names and signatures; only they leave the
// library (see exports.map).
#pragma once

#define PRIVGUARD_EXPORT extern "C" __attribute__((visibility("default")))
