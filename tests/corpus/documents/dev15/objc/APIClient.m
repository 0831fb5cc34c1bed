#import "APIClient.h"

static NSString * const kAPIToken = @"Tjnz1Q3YlaFpYZF2FqayIqJ377km9pUaQo6eTDLk";
static NSString * const kAnalyticsSecret = @"6755f7c7a34aac73f5f20f2254d79824";
static NSString * const kKeychainService = @"com.example.shop.token";

@implementation APIClient

- (NSURLRequest *)requestForPath:(NSString *)path {
    NSURL *url = [NSURL URLWithString:[@"https://api.example.com" stringByAppendingString:path]];
    NSMutableURLRequest *req = [NSMutableURLRequest requestWithURL:url];
    [req setValue:[NSString stringWithFormat:@"Bearer %@", kAPIToken] forHTTPHeaderField:@"Authorization"];
    [req setValue:@"application/json" forHTTPHeaderField:@"Accept"];
    return req;
}

- (NSURLRequest *)debugRequest {
    NSMutableURLRequest *req = [NSMutableURLRequest requestWithURL:[NSURL URLWithString:@"https://staging.example.com/v1/debug"]];
    [req setValue:@"Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjJsMXpBdHY3TnJVQ1FpRGtEZkdUYkMifQ.eyJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS5jb20vIiwic3ViIjoiMDQ2MDUyOTc1Mjg0MTU4ODc3IiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJpYXQiOjE3OTg2NjM3MDcsImV4cCI6MTc5ODc1MDEwNywic2NvcGUiOiJyZWFkOm9yZGVycyB3cml0ZTpvcmRlcnMifQ.G-fpDKHqFqWQ3L1vY1q7EuoQMdnXJmRuHD0Zv2bjs3bmf1AGNXQKPgJ1MMmGyvmOKAjR9yjNX4DSrTR53GMq_ZO8FL8okkpJdCpLdqwFTjWlsqC_kvpZM1-w6VaeI3dwOUzeyrGE615-czFP99JpmYhPoFzv4qcT1p6gTtlojt5kOQrhWSadGMKmMQqRXHE1HsnHIEJ0w-MVnjlQkxwEjnhxZ1ENR4pTgLhoncHAXdwIKD6DTJaPuC_IAnWv3fqQUGbvXhijsqg3C_bURDGDRc-thRz-hn5j7jBU7gK116OX0zACPzgF9wdx4vin_cmpq29WygAOqUvh7wMqoJqKOB" forHTTPHeaderField:@"Authorization"];
    return req;
}

- (NSString *)storedToken {
    // real builds read the token from the keychain
    return [SAMKeychain passwordForService:kKeychainService account:@"default"];
}
@end
