// The seed talk's nginx unit, as the unit-file tests use it: the talk's, with fleet's deprecated
// X-Conflicts=, but with the image `nginx` published on port %i and no continued line.
export const seedUnit = `[Unit]
Description=nginx
After=etcd.service
After=docker.service
Requires=nginx-discovery@%i.service

[Service]
TimeoutStartSec=0
KillMode=none
ExecStartPre=-/usr/bin/docker kill nginx%i
ExecStartPre=-/usr/bin/docker rm nginx%i
ExecStartPre=/usr/bin/docker pull nginx
ExecStart=/usr/bin/docker run -d --name nginx%i -p %i:80 nginx

[X-Fleet]
X-Conflicts=nginx@*.service
`;

/** The talk's unit byte for byte (the `\` continues the line, as systemd reads it). */
export const talkNginxUnit = `[Unit]
Description=Nginx web server service
After=etcd.service
After=docker.service
Requires=nginx-discovery@%i.service

[Service]
TimeoutStartSec=0
KillMode=none
ExecStartPre=-/usr/bin/docker kill nginx%i
ExecStartPre=-/usr/bin/docker rm nginx%i
ExecStartPre=/usr/bin/docker pull infoslack/docker-nginx
ExecStart=/usr/bin/docker run -d --name nginx%i \\
-p 80:80 infoslack/docker-nginx

[X-Fleet]
X-Conflicts=nginx@*.service
`;
