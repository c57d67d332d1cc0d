// The hub's plain console page: sign in, then devices and requests, kept live over Socket.IO.
const TOKEN_KEY = 'handraise.token';
const $ = (selector) => document.querySelector(selector);

async function api(path, { method = 'GET', body, token } = {}) {
  const response = await fetch(path, {
    method,
    headers: {
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return response.json();
}

function cell(row, text, className) {
  const td = row.insertCell();
  td.textContent = text;
  if (className) td.className = className;
}

function renderDevices(devices) {
  const body = $('#devices tbody');
  body.replaceChildren();
  $('#devices-empty').hidden = devices.length > 0;
  for (const d of devices) {
    const row = body.insertRow();
    row.dataset.deviceId = d.id;
    cell(row, d.name);
    cell(row, d.online ? 'online' : 'offline', d.online ? 'online' : 'offline');
    cell(row, d.os ? `${d.os.name} ${d.os.version}`.trim() : 'not reported yet');
    cell(row, String(d.softwareCount));
    cell(row, String(d.updatesCount));
    cell(row, d.lastSeenAt ? new Date(d.lastSeenAt).toLocaleString() : 'never');
  }
}

async function renderRequests(requests, token) {
  const list = $('#requests');
  list.replaceChildren();
  $('#requests-empty').hidden = requests.length > 0;
  for (const r of requests) {
    const item = document.createElement('li');
    item.dataset.requestId = r.id;
    const title = document.createElement('strong');
    title.textContent = `${r.deviceName}: ${r.category}`;
    const text = document.createElement('p');
    text.textContent = r.text || '(no words, just the category)';
    const when = document.createElement('small');
    when.textContent = `${r.state} · ${new Date(r.createdAt).toLocaleString()}`;
    item.append(title, text, when);
    if (r.screenshot) {
      // <img> cannot send the bearer token, so the screenshot is fetched and shown from a blob URL.
      const response = await fetch(`/api/requests/${r.id}/screenshot`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (response.ok) {
        const img = document.createElement('img');
        img.alt = `Screenshot sent with the request from ${r.deviceName}`;
        img.src = URL.createObjectURL(await response.blob());
        item.append(img);
      }
    }
    list.append(item);
  }
}

function showForm(id) {
  for (const form of ['#setup', '#login']) $(form).hidden = form !== id;
}

function startDashboard(token) {
  showForm(null);
  $('#dashboard').hidden = false;
  const status = $('#connection');
  const socket = window.io('/console', { auth: { token } });
  const refreshDevices = () =>
    socket.emit('devices:list', {}, (ack) => ack.ok && renderDevices(ack.data));
  const refreshRequests = () =>
    socket.emit('requests:list', {}, (ack) => ack.ok && void renderRequests(ack.data, token));
  socket.on('connect', () => {
    status.textContent = 'Live';
    refreshDevices();
    refreshRequests();
  });
  socket.on('disconnect', () => (status.textContent = 'Reconnecting…'));
  socket.on('connect_error', (error) => {
    if (error.message === 'unauthorized') {
      sessionStorage.removeItem(TOKEN_KEY);
      socket.disconnect();
      location.reload();
    } else status.textContent = 'Cannot reach the hub, retrying…';
  });
  socket.on('device:updated', refreshDevices);
  socket.on('request:created', refreshRequests);
}

function bindForm(id, path) {
  $(id).addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    const result = await api(path, {
      method: 'POST',
      body: { username: form.get('username'), password: form.get('password') },
    });
    if (result.ok) {
      sessionStorage.setItem(TOKEN_KEY, result.data.token);
      startDashboard(result.data.token);
    } else {
      $(`${id} .error`).textContent =
        result.error === 'unauthorized'
          ? 'Wrong username or password.'
          : `Could not continue (${result.error}).`;
    }
  });
}

async function start() {
  bindForm('#setup', '/api/setup');
  bindForm('#login', '/api/session');
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) return startDashboard(token);
  const status = await api('/api/status');
  showForm(status.ok && status.data.setupRequired ? '#setup' : '#login');
}

void start();
