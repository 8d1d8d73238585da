// The seed talk's nginx unit, as written there (with fleet's deprecated X-Conflicts=).
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
