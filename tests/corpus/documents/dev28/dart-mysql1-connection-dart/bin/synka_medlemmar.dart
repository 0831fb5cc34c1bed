import 'package:mysql1/mysql1.dart';

Future<void> main(List<String> args) async {
  final settings = ConnectionSettings(
    host: 'mysql.forening-drift.se',
    port: 3306,
    user: 'medlem_sync',
    password: 'T6cLmiZZls0HDquSv4Xu',
    db: 'medlemmar',
  );
  final conn = await MySqlConnection.connect(settings);
  final rows = await conn.query('SELECT id, namn, uppdaterad FROM medlem WHERE uppdaterad > ?', [DateTime.now().subtract(const Duration(days: 1)).toUtc()]);
  for (final r in rows) {
    print('${r[0]}\t${r[1]}');
  }
  await conn.close();
}
