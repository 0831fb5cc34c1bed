// A policy in which every field differs from its default value: for the
// tests of the TOML reader and of the binary form.
#pragma once

#include <string_view>

namespace privguard::test {

// The [[rules]] header is on line 14.
constexpr std::string_view kEveryFieldPolicy = R"(
[settings]
mode = "report"
fail_closed = true
block_errno = "EPERM"
mask_char = "#"
binary = "mask"

[allow]
values = ["x@corp.test"]
patterns = ['^TEST-']
domains = ["corp.internal"]

[[rules]]
id = "emp-id"
description = "Employee id"
pattern = 'EMP-\d{6}'
context = 'id='
suffix = ";"
not_after = ["://"]
token = true
flags = ["caseless", "dotall"]
validator = "secret-value"
severity = "low"
action = "redact"
redact_token = "[emp]"
prefilter = { patterns = ['EMP-'], digits = 6, shape = "AA99" }
vendor = { words = ["acme"], names = ["emp_key"] }
[rules.mask]
keep_first = 1
keep_last = 2
keep_separators = true
[rules.allow]
values = ["EMP-000000"]
patterns = ['^EMP-9']
domains = ["example.com"]

[[sinks]]
name = "test db"
kind = "socket"
path = "/tmp/*.sock"
peer = "127.0.0.1:5432"
streams = ["stdout"]
rules = ["emp-id"]
action = "report"
)";

}  // namespace privguard::test
