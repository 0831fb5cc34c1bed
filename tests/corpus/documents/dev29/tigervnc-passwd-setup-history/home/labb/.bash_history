sudo apt install tigervnc-standalone-server xfce4
vncserver -list
mkdir -p ~/.vnc
echo 'Meadow59#' | vncpasswd -f > ~/.vnc/passwd
chmod 600 ~/.vnc/passwd
vncserver :1 -geometry 1920x1080 -localhost no
vncserver -kill :1
cat ~/.vnc/xstartup
sudo useradd -m -s /bin/bash labbelev
echo 'labbelev:t5eO037fXnvDYhRo.cV' | sudo chpasswd
sudo systemctl enable --now vncserver@:1
journalctl -u vncserver@:1 -n 50
