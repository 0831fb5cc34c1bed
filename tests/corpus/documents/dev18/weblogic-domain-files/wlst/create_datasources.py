# WLST: wlst.sh create_datasources.py
connect('weblogic', 'marble_mango_thistle_70', 't3://wls-admin.stensa.eu:7001')
edit()
startEdit()

def create_ds(name, jndi, url, user, password, target):
    cd('/')
    ds = cmo.createJDBCSystemResource(name)
    res = ds.getJDBCResource()
    res.setName(name)
    res.getJDBCDataSourceParams().setJNDINames([jndi])
    params = res.getJDBCDriverParams()
    params.setUrl(url)
    params.setDriverName('oracle.jdbc.OracleDriver')
    params.setPassword(password)
    props = params.getProperties()
    p = props.createProperty('user')
    p.setValue(user)
    ds.addTarget(getMBean('/Clusters/' + target))

create_ds('OrdersDS', 'jdbc/orders', 'jdbc:oracle:thin:@//ora-prod:1521/ORDERS', 'ORDERS_APP', 'copper.otter.nimbus.80', 'AppCluster')
create_ds('BillingDS', 'jdbc/billing', 'jdbc:oracle:thin:@//ora-prod:1521/BILLING', 'BILLING_APP', 'ember-lantern-cedar-56', 'AppCluster')
# existing domain still has the encrypted value: PasswordEncrypted='{AES256}Y/cZX8JY/d1smmkp35Km9kHNJ/hUt5UqkKFek3R/KncXNK8+xmgbbWejCf23SkSC'
save()
activate()
disconnect()
