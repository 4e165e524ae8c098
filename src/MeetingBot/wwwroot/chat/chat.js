// The local chat page: plays simulated alliance members against MeetingBot through the bot's own Direct Line
// subset (/v3/directline). Polls for activities with a watermark; never renders text as HTML.
'use strict';

(() => {
  const POLL_MS = 700;
  const TYPING_MS = 4000;
  const OTHER = '__other__';
  const STORAGE_KEY = 'meetingbot.localchat';

  // URLs relative to the app root, so the page also works under a path base (e.g. /bot/chat/).
  const appRoot = new URL('../', document.baseURI);
  const api = (path) => new URL(path, appRoot).toString();

  const $ = (id) => document.getElementById(id);
  const memberSelect = $('member');
  const otherField = $('other-name-field');
  const otherName = $('other-name');
  const transcript = $('transcript');
  const statusLine = $('status');
  const typing = $('typing');
  const suggested = $('suggested');
  const composer = $('composer');
  const messageBox = $('message');
  const sendButton = $('send');
  const attachButton = $('attach');
  const fileInput = $('file');
  const pendingBox = $('pending-file');
  const pendingName = $('pending-name');
  const removeFileButton = $('remove-file');
  const chatArea = document.querySelector('main.chat');
  const title = $('conversation-title');

  const state = {
    config: null,
    where: 'channel',
    conversationId: null,
    token: null,
    watermark: null,
    generation: 0,
    timer: null,
    polling: 0, // generation of the poll in flight, 0 when none
    pollAgain: false,
    typingTimer: null,
    offline: false,
    lastMessage: null,
    pendingFile: null, // a File to send with the next message
    byId: new Map(), // activity id -> { activity, node }
  };

  // ---------- who and where ----------

  function slug(name) {
    const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    const s = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 39).replace(/-+$/, '');
    if (s) return s;
    let hash = 0x811c9dc5; // FNV-1a, for names without Latin letters or digits
    for (const c of name.trim()) hash = Math.imul(hash ^ c.codePointAt(0), 0x01000193) >>> 0;
    return 'u' + hash.toString(16).padStart(8, '0');
  }

  function currentMember() {
    if (memberSelect.value === OTHER) {
      const name = otherName.value.trim();
      return name ? { id: 'local-' + slug(name), name } : null;
    }
    const member = state.config?.members.find((m) => m.id === memberSelect.value);
    return member ? { id: member.id, name: member.name } : null;
  }

  function remember() {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ member: memberSelect.value, other: otherName.value, where: state.where }));
    } catch { /* storage may be off; nothing to remember then */ }
  }

  function recall() {
    try {
      return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    } catch {
      return null;
    }
  }

  function setStatus(text, isError = false) {
    statusLine.textContent = text;
    statusLine.classList.toggle('error', isError);
    state.offline = false;
  }

  /** A connection problem, cleared by the next successful poll (unlike a refused message, which stays). */
  function setOffline() {
    setStatus('Cannot reach the bot. Is it running? Retrying…', true);
    state.offline = true;
  }

  function updateTitle() {
    const member = currentMember();
    if (state.where === 'channel') {
      title.textContent = `${state.config?.teamName ?? 'Team'} › ${state.config?.channelName ?? 'General'}`;
    } else {
      title.textContent = member ? `1:1 with MeetingBot (as ${member.name})` : '1:1 with MeetingBot';
    }
    composer.setAttribute('aria-label', member ? `Message as ${member.name}` : 'Message');
    sendButton.disabled = !member;
    attachButton.disabled = !member;
  }

  /** Marks which bubbles are "mine" after switching member: everyone shares the channel transcript. */
  function restyle() {
    const me = currentMember()?.id;
    for (const { activity, node } of state.byId.values()) {
      if (node && activity.from?.role !== 'bot') node.classList.toggle('mine', activity.from?.id === me);
    }
    renderSuggested();
  }

  // ---------- Direct Line ----------

  async function problemText(response, fallback) {
    try {
      const body = await response.json();
      return body.detail ?? body.error?.message ?? fallback;
    } catch {
      return fallback;
    }
  }

  /** Starts (or resumes) the conversation for the current choice; keepTranscript when only the token is renewed. */
  async function connect(keepTranscript = false) {
    const generation = ++state.generation;
    clearTimeout(state.timer);
    updateTitle();
    const member = currentMember();
    if (state.where === 'personal' && !member) {
      resetTranscript();
      setStatus('Type your name to start a 1:1 conversation.');
      return;
    }

    const body = state.where === 'channel'
      ? { conversation: 'channel' }
      : { conversation: 'personal', user: member };
    let response;
    try {
      response = await fetch(api('v3/directline/conversations'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    } catch {
      if (generation === state.generation) {
        setOffline();
        state.timer = setTimeout(() => connect(keepTranscript), 3000);
      }
      return;
    }
    if (generation !== state.generation) return;
    if (!response.ok) {
      const fallback = response.status === 404
        ? 'The local chat channel is turned off. Set LocalChat:Enabled to true and restart the bot.'
        : `The bot refused to start the conversation (HTTP ${response.status}).`;
      setStatus(await problemText(response, fallback), true);
      return;
    }

    const conversation = await response.json();
    if (!keepTranscript || conversation.conversationId !== state.conversationId) {
      resetTranscript();
      state.watermark = null;
    }
    state.conversationId = conversation.conversationId;
    state.token = conversation.token;
    setStatus('');
    poll(generation);
  }

  function pollNow() {
    if (state.polling === state.generation) {
      state.pollAgain = true;
      return;
    }
    clearTimeout(state.timer);
    poll(state.generation);
  }

  async function poll(generation) {
    if (generation !== state.generation || !state.token) return;
    state.polling = generation;
    let next = POLL_MS;
    try {
      const query = state.watermark !== null ? `?watermark=${encodeURIComponent(state.watermark)}` : '';
      const response = await fetch(
        api(`v3/directline/conversations/${encodeURIComponent(state.conversationId)}/activities${query}`),
        { headers: { Authorization: `Bearer ${state.token}` }, cache: 'no-store' });
      if (generation !== state.generation) return;
      if ([401, 403, 404].includes(response.status)) {
        // Token expired or the server restarted: start again, keeping what is on screen when possible.
        connect(true);
        return;
      }
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const set = await response.json();
      if (state.watermark !== null && Number(set.watermark) < Number(state.watermark)) {
        resetTranscript(); // the server restarted: its transcript starts over
      }
      const initial = state.byId.size === 0 && state.watermark === null;
      render(set.activities ?? [], initial);
      state.watermark = set.watermark ?? state.watermark;
      if (state.offline) setStatus('');
    } catch {
      if (generation === state.generation) setOffline();
      next = 2000;
    } finally {
      if (state.polling === generation) state.polling = 0;
      if (generation === state.generation) {
        const again = state.pollAgain;
        state.pollAgain = false;
        state.timer = setTimeout(() => poll(generation), again ? 0 : next);
      }
    }
  }

  function localTimestamp(date) {
    const pad = (n, w = 2) => String(Math.abs(n)).padStart(w, '0');
    const offset = -date.getTimezoneOffset();
    const sign = offset >= 0 ? '+' : '-';
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
      + `:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
  }

  function newActivity(member, partial) {
    return {
      type: 'message',
      textFormat: 'plain',
      from: { id: member.id, name: member.name, role: 'user' },
      locale: navigator.language,
      localTimezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      localTimestamp: localTimestamp(new Date()),
      channelData: { clientActivityID: `local-page-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}` },
      ...partial,
    };
  }

  /**
   * The request that posts an activity: JSON to …/activities, or with a file Direct Line's multipart upload
   * (an "activity" part and a "file" part) to …/upload.
   */
  function postRequest(member, activity, file) {
    const conversation = encodeURIComponent(state.conversationId);
    const authorization = `Bearer ${state.token}`;
    if (!file) {
      return [api(`v3/directline/conversations/${conversation}/activities`), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: authorization },
        body: JSON.stringify(activity),
      }];
    }
    const form = new FormData();
    form.append('activity', new Blob([JSON.stringify(activity)], { type: 'application/vnd.microsoft.activity' }));
    form.append('file', file, file.name);
    return [api(`v3/directline/conversations/${conversation}/upload?userId=${encodeURIComponent(member.id)}`), {
      method: 'POST',
      headers: { Authorization: authorization },
      body: form,
    }];
  }

  /** Posts an activity as the current member, with a file if given; returns true when the bot took it. */
  async function post(partial, file = null, retried = false) {
    const member = currentMember();
    if (!member || !state.token) {
      setStatus(member ? 'Still connecting…' : 'Choose who you are first.', true);
      return false;
    }
    let response;
    try {
      response = await fetch(...postRequest(member, newActivity(member, partial), file));
    } catch {
      setStatus(`Cannot reach the bot; your ${file ? 'file' : 'message'} was not sent. Is it running?`, true);
      return false;
    }
    if ((response.status === 401 || response.status === 403) && !retried) {
      await connect(true);
      return post(partial, file, true);
    }
    pollNow();
    if (!response.ok) {
      const what = file ? `${file.name} was not sent` : 'The message was not sent';
      setStatus(await problemText(response, `${what} (HTTP ${response.status}).`), true);
      return false;
    }
    setStatus('');
    return true;
  }

  const sendText = (text) => post({ text });

  // ---------- transcript ----------

  function resetTranscript() {
    transcript.replaceChildren();
    state.byId.clear();
    state.lastMessage = null;
    hideTyping();
    renderSuggested();
  }

  function nearBottom() {
    const scroller = document.scrollingElement;
    return scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 120;
  }

  function render(activities, initial) {
    const stickToBottom = initial || nearBottom();
    for (const activity of activities) {
      switch (activity.type) {
        case 'message':
          if (activity.from?.role === 'bot') hideTyping();
          upsert(activity);
          break;
        case 'messageDelete': {
          const entry = state.byId.get(activity.id);
          entry?.node?.remove();
          state.byId.delete(activity.id);
          if (state.lastMessage?.id === activity.id) state.lastMessage = null;
          break;
        }
        case 'typing':
          if (!initial && activity.from?.role === 'bot') showTyping();
          break;
        default:
          break; // events, invokes, card submissions: nothing to show
      }
    }
    renderSuggested();
    if (stickToBottom) window.scrollTo({ top: document.scrollingElement.scrollHeight });
  }

  function upsert(activity) {
    const existing = state.byId.get(activity.id);
    const node = bubble(activity);
    if (existing?.node && node) existing.node.replaceWith(node);
    else if (existing?.node) existing.node.remove();
    else if (node) transcript.append(node);
    state.byId.set(activity.id, { activity, node });
    if (!existing) state.lastMessage = activity;
    else if (state.lastMessage?.id === activity.id) state.lastMessage = activity;
  }

  function formatTime(iso) {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return { short: '', long: '' };
    const today = new Date().toDateString() === date.toDateString();
    const short = today
      ? date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
      : date.toLocaleString([], { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
    return { short, long: date.toLocaleString() };
  }

  function bubble(activity) {
    const hasText = typeof activity.text === 'string' && activity.text.trim() !== '';
    const attachments = Array.isArray(activity.attachments) ? activity.attachments : [];
    if (!hasText && attachments.length === 0) return null;

    const isBot = activity.from?.role === 'bot';
    const li = document.createElement('li');
    li.className = 'message ' + (isBot ? 'bot' : 'member');
    if (!isBot && activity.from?.id === currentMember()?.id) li.classList.add('mine');
    li.dataset.id = activity.id;

    const meta = document.createElement('div');
    meta.className = 'meta';
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = activity.from?.name ?? activity.from?.id ?? 'Someone';
    const time = document.createElement('time');
    const when = formatTime(activity.timestamp);
    time.dateTime = activity.timestamp ?? '';
    time.textContent = when.short;
    time.title = when.long;
    meta.append(name, ' ', time);
    li.append(meta);

    const original = activity.replyToId ? state.byId.get(activity.replyToId)?.activity : null;
    if (original?.text) {
      const quote = document.createElement('div');
      quote.className = 'reply-to';
      const excerpt = original.text.replace(/<at>(.*?)<\/at>/g, '@$1').replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
      quote.textContent = `↪ ${original.from?.name ?? ''}: ${excerpt.length > 60 ? excerpt.slice(0, 60) + '…' : excerpt}`;
      li.append(quote);
    }

    const body = document.createElement('div');
    body.className = 'bubble';
    if (hasText) body.append(window.MeetingBotMarkdown.render(activity.text));
    for (const attachment of attachments) {
      const rendered = renderAttachment(attachment, activity);
      if (rendered) body.append(rendered);
    }
    li.append(body);
    return li;
  }

  function renderAttachment(attachment, activity) {
    const handlers = {
      submit: (value) => submitCard(value, activity),
      execute: (action) => post({ type: 'invoke', name: 'adaptiveCard/action', replyToId: activity.id, value: { action, trigger: 'manual' } }),
      cardAction: (action) => runCardAction(action),
    };
    const content = attachment.content;
    switch (attachment.contentType) {
      case 'application/vnd.microsoft.card.adaptive':
        return content && typeof content === 'object' ? window.MeetingBotCards.renderAdaptive(content, handlers) : null;
      case 'application/vnd.microsoft.card.hero':
      case 'application/vnd.microsoft.card.thumbnail':
        return content && typeof content === 'object' ? window.MeetingBotCards.renderHero(content, handlers) : null;
      default: {
        const href = attachment.contentUrl ? window.MeetingBotMarkdown.safeHref(attachment.contentUrl) : null;
        const note = document.createElement('p');
        note.className = 'attachment';
        if (href) {
          const a = document.createElement('a');
          a.href = href;
          a.target = '_blank';
          a.rel = 'noopener noreferrer';
          a.textContent = attachment.name ?? href;
          note.append('📎 ', a);
        } else {
          note.textContent = `(${attachment.contentType ?? 'attachment'} – not shown on this page)`;
        }
        return note;
      }
    }
  }

  /** Action.Submit: a message with the card's values, as Teams sends it (msteams imBack/messageBack honoured). */
  function submitCard(value, cardActivity) {
    const teams = value && typeof value === 'object' ? value.msteams : null;
    if (teams?.type === 'imBack' && teams.value) return sendText(String(teams.value));
    if (teams?.type === 'messageBack') {
      return post({ text: teams.text ?? teams.displayText ?? '', value: teams.value ?? value, replyToId: cardActivity.id });
    }
    return post({ value, replyToId: cardActivity.id });
  }

  function runCardAction(action) {
    switch (action.type) {
      case 'imBack':
        return sendText(String(action.value ?? action.title ?? ''));
      case 'messageBack':
        return post({ text: action.text ?? action.displayText ?? '', value: action.value });
      case 'postBack':
        return post({ text: typeof action.value === 'string' ? action.value : '', value: action.value });
      case 'openUrl': {
        const href = window.MeetingBotMarkdown.safeHref(String(action.value ?? ''));
        if (href) window.open(href, '_blank', 'noopener');
        return undefined;
      }
      default:
        return undefined;
    }
  }

  // ---------- files ----------

  function formatSize(bytes) {
    if (bytes < 1024) return `${bytes} bytes`;
    if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
    return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  }

  /** Keeps a file to send with the next message; the chip above the text box shows it and can take it away. */
  function setPendingFile(file) {
    state.pendingFile = file;
    pendingBox.hidden = !file;
    if (!file) {
      pendingName.textContent = '';
      fileInput.value = '';
      return;
    }
    pendingName.textContent = `📎 ${file.name} (${formatSize(file.size)})`;
    removeFileButton.setAttribute('aria-label', `Remove ${file.name}`);
    setStatus(`${file.name} is attached: it goes with your next message (for example "import chat"). Press Send.`);
  }

  function wireFiles() {
    attachButton.addEventListener('click', () => fileInput.click());
    fileInput.addEventListener('change', () => {
      if (fileInput.files?.length) setPendingFile(fileInput.files[0]);
      messageBox.focus();
    });
    removeFileButton.addEventListener('click', () => {
      setPendingFile(null);
      setStatus('');
      messageBox.focus();
    });

    // Drop a file on the messages to attach it; a file dropped elsewhere must not replace the page.
    const hasFiles = (event) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
    let depth = 0;
    chatArea.addEventListener('dragenter', (event) => {
      if (!hasFiles(event) || attachButton.disabled) return;
      event.preventDefault();
      depth++;
      chatArea.classList.add('dropping');
    });
    chatArea.addEventListener('dragover', (event) => {
      if (!hasFiles(event) || attachButton.disabled) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    });
    chatArea.addEventListener('dragleave', () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) chatArea.classList.remove('dropping');
    });
    chatArea.addEventListener('drop', (event) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      chatArea.classList.remove('dropping');
      const file = event.dataTransfer.files?.[0];
      if (file && !attachButton.disabled) {
        setPendingFile(file);
        messageBox.focus();
      }
    });
    for (const type of ['dragover', 'drop']) {
      window.addEventListener(type, (event) => {
        if (hasFiles(event)) event.preventDefault();
      });
    }
  }

  // ---------- typing and suggested actions ----------

  function showTyping() {
    typing.hidden = false;
    clearTimeout(state.typingTimer);
    state.typingTimer = setTimeout(hideTyping, TYPING_MS);
  }

  function hideTyping() {
    clearTimeout(state.typingTimer);
    typing.hidden = true;
  }

  /** Buttons for the last message's suggested actions, as Web Chat shows them: only while it is the last one. */
  function renderSuggested() {
    suggested.replaceChildren();
    const last = state.lastMessage;
    const actions = last?.from?.role === 'bot' ? last.suggestedActions?.actions : null;
    const to = last?.suggestedActions?.to;
    const me = currentMember()?.id;
    if (!Array.isArray(actions) || (Array.isArray(to) && to.length > 0 && !to.includes(me))) return;
    for (const action of actions) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'suggestion';
      button.textContent = action.title ?? String(action.value ?? '');
      button.addEventListener('click', async () => {
        await runCardAction(action);
        messageBox.focus();
      });
      suggested.append(button);
    }
  }

  // ---------- wiring ----------

  async function loadConfig() {
    const response = await fetch(api('local/chat/config'), { cache: 'no-store' });
    if (!response.ok) {
      throw new Error(response.status === 404
        ? 'The local chat channel is turned off. Set LocalChat:Enabled to true and restart the bot.'
        : await problemText(response, `The bot did not give its configuration (HTTP ${response.status}).`));
    }
    return response.json();
  }

  function fillMembers(config, saved) {
    for (const member of config.members) {
      const option = new Option(member.role ? `${member.name} — ${member.role}` : member.name, member.id);
      memberSelect.append(option);
    }
    memberSelect.append(new Option('Someone else…', OTHER));
    if (saved?.member && [...memberSelect.options].some((o) => o.value === saved.member)) memberSelect.value = saved.member;
    otherName.value = saved?.other ?? '';
    otherField.hidden = memberSelect.value !== OTHER;
    $('channel-label').textContent = `Team channel (${config.channelName})`;
  }

  async function start() {
    const saved = recall();
    try {
      state.config = await loadConfig();
    } catch (error) {
      setStatus(error instanceof TypeError ? 'Cannot reach the bot. Is it running?' : error.message, true);
      sendButton.disabled = true;
      return;
    }
    fillMembers(state.config, saved);
    if (saved?.where === 'personal') {
      state.where = 'personal';
      document.querySelector('input[name="where"][value="personal"]').checked = true;
    }

    memberSelect.addEventListener('change', () => {
      otherField.hidden = memberSelect.value !== OTHER;
      remember();
      if (memberSelect.value === OTHER) otherName.focus();
      changedWho();
    });
    let nameTimer = null;
    otherName.addEventListener('input', () => {
      remember();
      clearTimeout(nameTimer);
      nameTimer = setTimeout(changedWho, 500);
    });
    for (const radio of document.querySelectorAll('input[name="where"]')) {
      radio.addEventListener('change', () => {
        state.where = radio.value;
        remember();
        connect();
      });
    }
    composer.addEventListener('submit', async (event) => {
      event.preventDefault();
      const text = messageBox.value;
      const file = state.pendingFile;
      if (!text.trim() && !file) return;
      sendButton.disabled = true;
      if (file) setStatus(`Sending ${file.name}…`);
      const sent = file ? await post(text.trim() ? { text } : {}, file) : await sendText(text);
      sendButton.disabled = !currentMember();
      if (sent) {
        messageBox.value = '';
        if (file) setPendingFile(null);
      }
      messageBox.focus();
    });
    wireFiles();
    messageBox.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        composer.requestSubmit();
      }
    });

    await connect();
    messageBox.focus();
  }

  /** The member changed: the channel transcript stays (everyone shares it); a 1:1 chat is the member's own. */
  function changedWho() {
    updateTitle();
    if (state.where === 'personal') connect();
    else restyle();
  }

  start();
})();
