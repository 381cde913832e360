// The shared booking calendar (templates/calendar/calendar.html): FullCalendar over /calendar/events. Selecting a
// slot opens a new appointment's form with its start and end; dragging or resizing moves the appointment at once
// (with its version: a refused move goes back and says why); a click opens the appointment.
(() => {
  const el = document.getElementById('calendar');
  if (!el || !window.FullCalendar) return;
  const d = el.dataset;
  const csrfHeader = document.querySelector('meta[name="csrf-header"]');
  const csrfToken = document.querySelector('meta[name="csrf-token"]');
  const message = document.getElementById('calendar-message');
  const say = (text) => {
    message.textContent = text || '';
    message.classList.toggle('d-none', !text);
  };
  const pad = (n) => String(n).padStart(2, '0');
  const localDate = (t) => `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
  const local = (t, allDay) => (allDay ? localDate(t) : `${localDate(t)}T${pad(t.getHours())}:${pad(t.getMinutes())}`);
  const back = () => window.location.pathname + window.location.search;

  const move = async (info) => {
    const e = info.event;
    const body = new URLSearchParams({
      start: e.allDay ? localDate(e.start) : e.start.toISOString(),
      end: e.end ? (e.allDay ? localDate(e.end) : e.end.toISOString()) : '',
      allDay: String(e.allDay),
      version: String(e.extendedProps.version),
    });
    const headers = { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' };
    if (csrfHeader && csrfToken) headers[csrfHeader.content] = csrfToken.content;
    try {
      const r = await fetch(`${d.appointments}${e.id}/move`, { method: 'POST', headers, body, credentials: 'same-origin' });
      const json = await r.json().catch(() => ({}));
      if (r.ok) {
        e.setExtendedProp('version', json.version);
        say('');
      } else {
        info.revert();
        say(json.message || d.moveFailed);
      }
    } catch (err) {
      info.revert();
      say(d.moveFailed);
    }
  };

  const narrow = window.matchMedia('(max-width: 575.98px)').matches;
  const calendar = new FullCalendar.Calendar(el, {
    initialView: narrow ? 'listWeek' : 'timeGridWeek',
    headerToolbar: narrow
      ? { left: 'prev,next', center: 'title', right: 'listWeek,timeGridDay' }
      : { left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,timeGridDay,listWeek' },
    buttonText: { today: d.today, month: d.month, week: d.week, day: d.day, list: d.list },
    allDayText: d.allDay,
    noEventsText: d.noEvents,
    locale: d.locale,
    firstDay: 1,
    weekNumbers: !narrow,
    nowIndicator: true,
    scrollTime: '07:00:00',
    contentHeight: narrow ? 'auto' : 640,
    slotLabelFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
    eventTimeFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
    selectable: true,
    selectMirror: true,
    editable: true,
    events: { url: d.events, failure: () => say(d.moveFailed) },
    select: (info) => {
      const q = new URLSearchParams({
        start: local(info.start, info.allDay), end: local(info.end, info.allDay), allDay: String(info.allDay), back: back(),
      });
      window.location.href = `${d.new}?${q}`;
    },
    eventClick: (info) => {
      info.jsEvent.preventDefault();
      window.location.href = info.event.url;
    },
    eventDrop: move,
    eventResize: move,
  });
  calendar.render();

  // the user, group or everyone shown: a new choice shows at once (the button is there for pages without script)
  const show = document.getElementById('calendar-show');
  show?.addEventListener('change', () => show.form.submit());
})();
