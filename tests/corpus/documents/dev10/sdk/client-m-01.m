#import <Foundation/Foundation.h>

static NSString * const kApiToken = @"NiORnM_82wzjVYiOi5dkPykB_Gfj2wAy0NNsLpJZxNE";

- (void)load {
    NSMutableURLRequest *req = [NSMutableURLRequest requestWithURL:[NSURL URLWithString:@"https://gw.corvid-analytics.com/v1/feed"]];
    [req setValue:[NSString stringWithFormat:@"Bearer %@", kApiToken] forHTTPHeaderField:@"Authorization"];
    [req addValue:@"Bearer AB5sb2NhdGlvbiCFfdSdAeYco1c7l9jxL7lMLYBqUsF/t/boynUmjafSZP2JOt29uxNgiIXHk/A8DZ3MdtuZput7VAPLeIB1XVESj9MbaJDQvCaf4nU/iwaKzmGSdeXhu9fz0a9p8DtG/MY" forHTTPHeaderField:@"X-Upstream-Authorization"];
}
