// English strings of the tray and its help window. Written for young students: short words, one
// idea per sentence. `{name}`-style placeholders are filled in by `translate`.
export const en = {
  'app.title': 'Raise your hand',
  'app.name': 'Handraise',
  'nav.label': 'Help window',
  'nav.ask': 'Ask for help',
  'nav.requests': 'My requests',
  'nav.about': 'This computer',

  'connection.online': 'Connected to school help',
  'connection.offline': 'Not connected right now',
  'connection.refused': 'School help does not know this computer. Tell your teacher.',
  'connection.outdated': 'Handraise must be updated to reach school help. Tell your teacher.',
  'connection.untrusted':
    "The hub's certificate changed, so this computer does not trust it. Tell your teacher.",

  'ask.heading': 'What is not working?',
  'ask.categoryLegend': 'Pick one',
  'category.internet': 'Internet',
  'category.printer': 'Printer',
  'category.sign-in': 'Signing in',
  'category.app': 'An app or website',
  'category.sound-screen': 'Sound or screen',
  'category.other': 'Something else',
  'ask.textLabel': 'What happened?',
  'ask.textHint': 'A few words help. You can also leave this empty.',
  'ask.pickFirst': 'First pick what is not working.',
  'ask.nameLabel': 'Your first name',
  'ask.nameHint':
    'So the helper knows who to look for. You can leave it empty. This computer remembers it for you.',
  'ask.urgentLabel': 'My class is stopped',
  'ask.urgentHint':
    'Tick this only if the whole class cannot go on. The IT coordinator hears of it sooner.',
  'ask.sendWithPicture': 'Send with picture',
  'ask.sendWithoutPicture': 'Send without picture',
  'ask.sending': 'Sending…',
  'quickFix.looking': 'Looking for a quick fix…',
  'quickFix.heading': 'Try this first',
  'quickFix.intro':
    'Tips from the school’s IT team for this kind of problem. One may fix it right away.',
  'quickFix.worked': 'This fixed it',
  'quickFix.stillNeedHelp': 'Still need help',
  'quickFix.thanksHeading': 'Great, it works again!',
  'quickFix.thanks':
    'Nothing was sent to school help: you fixed it yourself. Thank you for trying first.',
  'quickFix.close': 'Close',
  'quickFix.askOther': 'Ask about something else',
  'ask.failed': 'That did not work. Please try again.',
  'ask.tooManyWaiting':
    'You already have 3 requests waiting to be sent. They go as soon as the help desk can be reached; ask again after that.',
  'ask.tooLarge':
    'That cannot be sent: the text is too long or the picture too big. Write less, or drop the picture.',

  'shot.heading': 'Picture of your screen',
  'shot.alt': 'The picture of your screen that will be sent',
  'shot.loading': 'Taking a picture…',
  'shot.blur': 'Blur part',
  'shot.blurStop': 'Done blurring',
  'shot.blurHelp':
    'Drag over the part you want to hide, or click in its middle. With the keyboard: arrows move the box, Shift and arrows change its size, Enter hides it.',
  'shot.blurArea': 'Part of the picture to hide',
  'shot.blurBox': 'Blur box {number}: left {left} %, top {top} %, {width} % wide, {height} % high',
  'shot.blurring': 'Hiding that part…',
  'shot.blurred': 'That part is hidden.',
  'shot.drop': "Don't send the picture",
  'shot.dropped': 'No picture will be sent.',
  'shot.take': 'Add a picture of my screen',
  'shot.none': 'No picture could be taken. You can still send your request.',

  'send.heading': 'What will be sent',
  'send.thumbAlt': 'Small copy of the picture that will be sent',
  'send.withPicture':
    'What you wrote above, this picture and this computer’s details (system and parts).',
  'send.withoutPicture':
    'What you wrote above and this computer’s details (system and parts). No picture.',
  'send.blurredParts': 'Dashed boxes: the parts you hid.',
  'send.change': 'Change the picture',

  'status.saved': 'Saved — it will be sent when the school network is back',
  'status.sending': 'Sending…',
  'status.busy': 'School help is busy. Your request is saved and goes in a minute.',
  'status.withdrawn':
    "Saved on this computer, but it cannot be sent: this computer's enrollment was withdrawn. Ask your IT coordinator to enroll it again.",
  'status.outdated':
    'Saved on this computer, but it cannot be sent until Handraise is updated. Ask your IT coordinator to update it.',
  'status.untrusted':
    "Saved on this computer, but not sent: the hub's certificate changed, so this computer does not trust it. Ask your IT coordinator.",
  'status.new': 'Sent! A helper will look at it soon.',
  'status.claimed': '{name} is helping you.',
  'status.escalated': 'The IT coordinator will help with this.',
  'status.resolved': '{name} thinks it is fixed. Is it?',
  'status.closed': 'All done. Thank you!',
  'status.refused': 'This request could not be sent. Tell your teacher.',

  'request.heading': 'Your request',
  'request.statusLabel': 'Status',
  'request.noText': '(no words)',
  'request.sentAt': 'Asked at {time}',
  'request.withPicture': 'With a picture of the screen',
  'request.conversation': 'Messages',
  'request.you': 'You',
  'request.pending': 'sending…',
  'request.askAgain': 'Ask for something else',
  'request.number': 'Request {number}',
  'request.noNumber': 'Not at school help yet, so it has no number. It gets one when it arrives.',
  'request.urgent': 'You said your class is stopped.',
  'coming.helper': '{name} is coming.',
  'coming.coordinator': 'The IT coordinator has it.',
  'coming.onDuty': 'On duty for this computer now: {names}.',
  'coming.nobody': 'Nobody is on duty right now, so it goes to the IT coordinator.',
  'coming.person': '{name} ({role})',
  'coming.role.advisor': 'Tech Advisor',
  'coming.role.coordinator': 'IT coordinator',
  'coming.fallbackHeading': 'If it cannot wait',
  'message.claimed': '{name} is helping you.',
  'message.fixed': 'You said it is fixed.',
  'message.stillBroken': 'You said it is still broken.',
  'message.resolved': '{name} thinks it is fixed.',
  'message.escalated': 'Passed on to the IT coordinator.',
  'message.stateChanged': 'The request changed.',
  'message.incident':
    'Others in this room asked about the same thing. We know, and someone is on it.',
  'helper.someone': 'A helper',
  'reply.label': 'Write back',
  'reply.send': 'Send reply',
  'feedback.question': 'Is it working now?',
  'feedback.fixed': 'Fixed',
  'feedback.stillBroken': 'Still broken',
  'feedback.thanks': 'Thanks for telling us.',

  'requests.heading': 'My requests',
  'requests.empty': 'You have not asked for help yet.',
  'requests.open': 'Open',

  'about.heading': 'This computer',
  'about.name': 'Computer name',
  'about.site': 'Site',
  'about.room': 'Room',
  'about.seat': 'Seat',
  'about.roomUnknown': 'Not set',
  'about.hub': 'School help server',
  'about.notEnrolled': 'Not set up yet. Ask your IT coordinator.',
  'about.version': 'Handraise version',
  'about.collectedHeading': 'What Handraise sends to the school, and who can see it',
  'about.collected.system':
    'Which system the computer runs (Windows, macOS or Linux) and its version.',
  'about.collected.hardware':
    'The parts of the computer: maker, model, serial numbers, memory, disks, battery, screens, printers and network cards.',
  'about.collected.software': 'Which programs are installed.',
  'about.collected.updates': 'Which updates are waiting, and the system updates already installed.',
  'about.collected.state':
    'How the computer is now: when it started, who is signed in, its network addresses and Wi-Fi name, and whether its antivirus and firewall are on.',
  'about.collected.requests':
    'What you write when you ask for help, the name you type, the computer’s details at that moment, and the picture of your screen only if you send it.',
  'about.collected.live':
    'Only while a helper watches: how busy the processor and memory are and which programs are running.',
  'about.collected.cost': 'How much of the computer Handraise itself uses.',
  'about.seenBy.system':
    'Seen by the IT coordinator and the teacher Tech Advisors of this room. A student Tech Advisor sees it only while helping with a request from this computer.',
  'about.seenBy.hardware':
    'Seen by the IT coordinator and the teacher Tech Advisors of this room. A student Tech Advisor sees it only while helping with a request from this computer, and never the serial numbers or network card addresses.',
  'about.seenBy.software':
    'Seen by the IT coordinator and the teacher Tech Advisors of this room. A student Tech Advisor sees it only if the school allows it, while helping with a request from this computer.',
  'about.seenBy.updates':
    'Seen by the IT coordinator and the teacher Tech Advisors of this room. A student Tech Advisor sees it only if the school allows it, while helping with a request from this computer.',
  'about.seenBy.state':
    'Seen by the IT coordinator and the teacher Tech Advisors of this room. A student Tech Advisor sees it only while helping with a request from this computer, and never who is signed in.',
  'about.seenBy.requests':
    'Seen by the IT coordinator and the Tech Advisors who help this room (or whom the coordinator asks to help). A student Tech Advisor sees the picture and the computer’s details only while helping with your request. The picture and details are deleted some time after your request is finished (30 days, unless the school chose another time).',
  'about.seenBy.live': 'Seen only by the person watching. This window tells you who it is.',
  'about.seenBy.cost': 'Seen by the IT coordinator.',
  'about.every': 'It checks the computer every {hours} hours.',
  'about.neverHeading': 'What Handraise never looks at',
  'about.never':
    'Your files, your passwords, the websites you visit, or your screen when you are not asking for help.',
  'about.looksHeading': 'Who looked at this computer',
  'about.looksNone': 'Nobody has looked at this computer’s details or at a picture of its screen.',
  'about.looksUnavailable':
    'The list is kept by the school help server: it shows here while the computer is connected.',
  'about.look.details': '{who} ({as}) looked at this computer’s details on {time}',
  'about.look.screenshot': '{who} ({as}) looked at the picture of your screen on {time}',
  'about.look.live':
    '{who} ({as}) watched this computer’s live figures (processor, memory, programs running) on {time}',
  'about.look.for': 'for your request about: {category}',
  'about.as.coordinator': 'IT coordinator',
  'about.as.student': 'Tech Advisor',
  'about.as.teacher': 'Tech Advisor, teacher',

  'tray.ask': 'Ask for help…',
  'tray.requests': 'My requests',
  'tray.about': 'About this computer',
  'tray.quit': 'Quit Handraise',
  'tray.tooltip.connected': 'Handraise: connected to school help',
  'tray.tooltip.offline': 'Handraise: not connected',
  'tray.tooltip.offline-queued': 'Handraise: not connected, your request is saved',
  'tray.tooltip.request-open': 'Handraise: your request is open',
  'tray.tooltip.new-reply': 'Handraise: a helper wrote to you',
  'tray.tooltip.watched': 'Handraise: {names} is looking at this computer’s live figures',
  'live.watching.one':
    '{names} is looking at this computer’s live figures now: processor, memory and programs running.',
  'live.watching.many':
    '{names} are looking at this computer’s live figures now: processor, memory and programs running.',
  'live.watching.limits': 'Nobody can see your screen or control this computer.',

  'notify.message': '{name} wrote to you',
  'notify.claimed': '{name} is helping you',
  'notify.resolved': '{name} thinks it is fixed. Is it?',
  'notify.news': 'There is news about your request',
  'notify.open': 'Click to open your requests.',
} as const;

/** Every message key; the Spanish catalog must have exactly these. */
export type MessageKey = keyof typeof en;
