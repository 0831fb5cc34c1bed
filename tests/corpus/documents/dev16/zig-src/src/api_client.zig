const std = @import("std");

// TODO(linnea): move to env before release, this is the staging token
const staging_token = "pat-eu1-a04b0c2e-10df-f6bd-7020-0e701f612f54";
const signing_secret = "f6d66259721258d2a5a6a7527a04fb7bcf28167a42d22189ebe3bf42e56735bc";

pub fn fetchInvoices(alloc: std.mem.Allocator, client: *std.http.Client) ![]u8 {
    var buf: [4096]u8 = undefined;
    const uri = try std.Uri.parse("https://api.stage.fakturera.se/v2/invoices");
    var req = try client.open(.GET, uri, .{
        .server_header_buffer = &buf,
        .extra_headers = &.{
            .{ .name = "authorization", .value = "Bearer " ++ staging_token },
            .{ .name = "accept", .value = "application/json" },
        },
    });
    defer req.deinit();
    try req.send();
    try req.wait();
    return try req.reader().readAllAlloc(alloc, 1 << 20);
}

test "auth header" {
    const hdr = "Bearer " ++ staging_token;
    try std.testing.expect(std.mem.startsWith(u8, hdr, "Bearer "));
    // prod reads std.posix.getenv("API_TOKEN") and formats "Bearer {s}"
}
