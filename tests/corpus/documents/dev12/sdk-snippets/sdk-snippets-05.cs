var credentials = new BasicAWSCredentials("AKIA5445ILVPRK7V25RS", "ub6/GYZfJe5c0wzHlgTomZ0tYHXTPok2pZEbx4mI");
var client = new AmazonS3Client(credentials, RegionEndpoint.EUNorth1);
// var fromEnv = Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY");


var credentials = new BasicAWSCredentials("AKIAX722J3K63A6SLPGN", "sG8WScSyQhQ6FZXluTrNoHz3pIXduBYtfKEyTdCP");
var client = new AmazonS3Client(credentials, RegionEndpoint.EUNorth1);
// var fromEnv = Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY");


var credentials = new BasicAWSCredentials("AKIAHNVVJXIX25GEJ6XZ", "Vs7ohQk8U8Uq38ttK01YR0yw68UnYpSMVDtKYG5b");
var client = new AmazonS3Client(credentials, RegionEndpoint.EUNorth1);
// var fromEnv = Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY");
