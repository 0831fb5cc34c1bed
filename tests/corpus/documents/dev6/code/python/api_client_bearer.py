import requests

TOKEN = "EwBQ72oPdDAsLsi0oR3B4QwtZf4+VDRwSqKyIkz63wasU7dWRaIdnXP0RidcpvdOVTYihI99/4kzaIUHpZ37BKPMRAk0C0UGueGOoEQ/JuIbirQjaXZoErFCuOWMwYlSMZrUeZwtF5HOBrMrJrmLPX09QYVAc/HTEWZ5jp/evm/B+uuGjVtvHbMBfZ4qn5mU53whmE+="
session = requests.Session()
session.headers.update({"Authorization": f"Bearer {TOKEN}"})

def admin_call():
    # service account token for the admin API
    return requests.get("https://partner-api.quantafin.nl/admin/v1/jobs", headers={"Authorization": "Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjllYTM3YmY4LTI1YzUtMzk4ZC01ZTFkLTVkMmM2ODVlZjkwZSJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLm1pY3Jvc29mdG9ubGluZS5jb20vZmRlZjk3MjUtN2ViNy1jNTE1LWUyZWEtNzljNDZkNWRkNWVhL3YyLjAiLCJzdWIiOiJhdXRoMHwzZjFiM2VjMDBjMmNmYTQ0ODVkYWFiYjYiLCJpYXQiOjE3MDcxNjk2NDYsImV4cCI6MTcwNzE3MzI0Niwic2NvcGUiOiJvZmZsaW5lX2FjY2VzcyBwcm9maWxlIGFwaS5yZWFkIn0.ErnV-X7sjoB6y0Rrj4b6QjfjchrTXQbnXxLpOeiZp9roK3hy0B7agVuKLTr1lL_Z65p_QqT6ugCm6nhRyp7q6Zo21Nq305EFKZTBuQ1e_Vvcjt_G8ybS38CboC4AzNH7TZTKyquqjxDA9RqlJFfTLu1HhxdttH7I24hxcxUOdU_ZN3IeElf_ByNco9D0iMV4nqDdmZH652ha5oc4lJdufy8DXa8cIFty6PWA8j28hGQSQ8uZAZ2w1nPDn_doFFwSvA8Fo5jz6hkT6cfRMhOrZ-r95BgDdG60wOFvPI1iYI2Wea-IGoXdqqVvrhqRI4XUP4c-NvVQpC_y_S1qUsVGQg"}, timeout=10)

def user_call(token):
    return requests.get("https://partner-api.quantafin.nl/v1/me", headers={"Authorization": f"Bearer {token}"})
