# WLST - kors med: java weblogic.WLST skapa_ds.py
# Skapar JDBC-datakalla for lagersystemet i domanen lagerdom

connect('weblogic', 'cBKYHz2jLuIXHVYw5', 't3://wls-adm01.lager.lan:7001')
edit()
startEdit()

cd('/')
ds = cmo.createJDBCSystemResource('LagerDS')
res = ds.getJDBCResource()
res.setName('LagerDS')

params = res.getJDBCDataSourceParams()
params.setJNDINames(jarray.array([String('jdbc/LagerDS')], String))

drv = res.getJDBCDriverParams()
drv.setUrl('jdbc:oracle:thin:@//ora-lager.lan:1521/LAGERP')
drv.setDriverName('oracle.jdbc.OracleDriver')
drv.setPassword('rVuP83Oc.VfTas_8ZIA4')
props = drv.getProperties()
p = props.createProperty('user')
p.setValue('LAGER_APP')

cd('/JDBCSystemResources/LagerDS')
set('Targets', jarray.array([ObjectName('com.bea:Name=lagerkluster,Type=Cluster')], ObjectName))

save()
activate(block='true')
disconnect()
exit()
