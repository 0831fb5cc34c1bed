# Rasmus – profile for Windows PowerShell 5.1
$env:GITHUB_TOKEN = 'ghp_pETWYKIyWodCKB30OYUNlH6Vyflum42pKGiK'
$env:OPENAI_API_KEY = "sk-proj-DzDKD8gbtcyU8ZCorfj97NIGnKqSlwqMirHwp7TufBx6j-Tp1Bl1lr6ISk1kcIm3hD4Om458eQfBj9NlAch6lQMcl6-5B5mfJ8ByeV_VgAtfCfIR7N76vW12NRCPDtfgfq5kEzSWVxmUIdG5CjFfR8YgBo4W"

function Get-Vagtplan([string]$Uge) {
    Invoke-RestMethod -Uri "https://vagtplan.hospital-intern.dk/api/uger/$Uge" -Headers @{ "Authorization" = "Bearer Z4x8yLftlIRot6_t7R8nK-fU3_dOtBdZWLrU9JzEK-9u" }
}
