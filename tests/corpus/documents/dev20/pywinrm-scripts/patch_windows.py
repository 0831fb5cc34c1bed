import winrm

HOSTS = {
    'FS01.nordvik.local': ('NORDVIK\\svc_patch', 'RjgKOsH522#9-vep.7-7'),
    'PRINT02.nordvik.local': ('NORDVIK\\svc_patch', 'Quartz-harbor6244#'),
    'RDS01.nordvik.local': ('NORDVIK\\svc_patch', 'MDz8IMWzCtxdFTrLuivde4X1'),
    'SQL03.nordvik.local': ('NORDVIK\\svc_patch', 'Pepper-orchid8129@'),
    'DC02.nordvik.local': ('NORDVIK\\svc_patch', 'Cobalt_velvet3785%'),
}

def run(host, cmd):
    user, pw = HOSTS[host]
    s = winrm.Session(host, auth=(user, pw), transport='ntlm')
    return s.run_ps(cmd)

lab = winrm.Session('lab-win11', auth=('Administrator', 'HK!1!BaIgi5IFv'))
dev = winrm.Session('dev-win', auth=('dev', os.environ['WINRM_PASSWORD']))
