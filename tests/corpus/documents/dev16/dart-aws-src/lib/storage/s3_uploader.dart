import 'package:minio/minio.dart';

final minio = Minio(
  endPoint: 's3.eu-north-1.amazonaws.com',
  accessKey: 'AKIA7LNJ2EPYDTKK2QWH',
  secretKey: '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',
  region: 'eu-north-1',
);

Future<void> upload(String path, Stream<List<int>> data) async {
  await minio.putObject('kvh-app-uploads', path, data.cast());
}
