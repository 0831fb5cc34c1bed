# ~/.cshrc – Sven Lundgren, beräkningsklustret
set path = ( $HOME/bin /opt/slurm/bin /usr/local/bin /usr/bin /bin )
set prompt = "%n@%m:%~%# "
set history = 2000
set savehist = (2000 merge)
set autolist
alias ll 'ls -lF --color=auto'
alias sq 'squeue -u $USER'

setenv EDITOR vim
setenv LANG sv_SE.UTF-8
setenv SLURM_ACCOUNT proj-hydro-2026

# tokens for the sync scripts (TODO: pass)
setenv GITHUB_TOKEN ghp_3aTo0aqHDEp7Y4R8yaEApAlT8EQk681GFRW6
setenv HCLOUD_TOKEN O0pIyjsC89aJQLoI13HHTbXi4j8NqcWMheZO7zihyPiK1idvZ9V3zVOrtDYhw73n
setenv OPENAI_API_KEY sk-proj-eiZpg1ifyydGTXmXKoP0LlfMK2PcF99qPHPpZ0Qc2qanh2oi4uHBqsZw1vJCXviFQ8zoAzrsXs24dVyDZ9xwz9-J6fmbqruYwn2HZjuvhL6VPMfuslceSL4qlhfJwmvKDTfbiorA9ud0MAxbYIAzrom6FMbN
setenv GITLAB_TOKEN "glpat-uPbJFzrdBJkXEnnmc_FH"

if ( $?prompt ) then
    module load python/3.12 netcdf/4.9
endif
