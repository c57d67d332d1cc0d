// Spanish strings, for students and their families: tú, palabras sencillas, una idea por frase.
import type { MessageKey } from './en.ts';

export const es: Record<MessageKey, string> = {
  'app.title': 'Levanta la mano',
  'app.name': 'Handraise',
  'nav.label': 'Ventana de ayuda',
  'nav.ask': 'Pedir ayuda',
  'nav.requests': 'Mis pedidos',
  'nav.about': 'Esta computadora',

  'connection.online': 'Conectada a la ayuda de la escuela',
  'connection.offline': 'Sin conexión por ahora',
  'connection.refused': 'La ayuda de la escuela no conoce esta computadora. Avísale a tu maestro.',
  'connection.outdated':
    'Hay que actualizar Handraise para llegar a la ayuda de la escuela. Avísale a tu maestro.',
  'connection.untrusted':
    'El certificado del servidor de la escuela cambió y esta computadora no confía en él. Avísale a tu maestro.',

  'ask.heading': '¿Qué no funciona?',
  'ask.categoryLegend': 'Elige una opción',
  'category.internet': 'Internet',
  'category.printer': 'Impresora',
  'category.sign-in': 'Iniciar sesión',
  'category.app': 'Una aplicación o página web',
  'category.sound-screen': 'Sonido o pantalla',
  'category.other': 'Otra cosa',
  'ask.textLabel': '¿Qué pasó?',
  'ask.textHint': 'Unas pocas palabras ayudan. También puedes dejarlo en blanco.',
  'ask.pickFirst': 'Primero elige qué no funciona.',
  'ask.nameLabel': 'Tu nombre',
  'ask.nameHint':
    'Así quien ayuda sabe a quién buscar. Puedes dejarlo en blanco. Esta computadora lo recuerda por ti.',
  'ask.urgentLabel': 'Mi clase está detenida',
  'ask.urgentHint':
    'Márcalo solo si toda la clase no puede seguir. El coordinador de informática se entera antes.',
  'ask.sendWithPicture': 'Enviar con foto',
  'ask.sendWithoutPicture': 'Enviar sin foto',
  'ask.sending': 'Enviando…',
  'quickFix.looking': 'Buscando una solución rápida…',
  'quickFix.heading': 'Prueba esto primero',
  'quickFix.intro':
    'Consejos del equipo de informática de la escuela para este tipo de problema. Alguno puede resolverlo enseguida.',
  'quickFix.worked': 'Esto lo resolvió',
  'quickFix.stillNeedHelp': 'Todavía necesito ayuda',
  'quickFix.thanksHeading': '¡Qué bien, ya funciona!',
  'quickFix.thanks':
    'No se envió nada a la ayuda de la escuela: lo resolviste tú. Gracias por intentarlo primero.',
  'quickFix.close': 'Cerrar',
  'quickFix.askOther': 'Preguntar por otra cosa',
  'ask.failed': 'No funcionó. Inténtalo otra vez.',
  'ask.tooManyWaiting':
    'Ya tienes 3 peticiones esperando a enviarse. Saldrán en cuanto se pueda llegar a la mesa de ayuda; vuelve a pedir después.',
  'ask.tooLarge':
    'No se puede enviar: el texto es demasiado largo o la imagen demasiado grande. Escribe menos o quita la imagen.',

  'shot.heading': 'Foto de tu pantalla',
  'shot.alt': 'La foto de tu pantalla que se va a enviar',
  'shot.loading': 'Tomando una foto…',
  'shot.blur': 'Tapar una parte',
  'shot.blurStop': 'Listo',
  'shot.blurHelp':
    'Arrastra sobre la parte que quieres tapar o haz clic en su centro. Con el teclado: las flechas mueven el cuadro, Mayús y las flechas cambian su tamaño, Intro la tapa.',
  'shot.blurArea': 'Parte de la foto que se va a tapar',
  'shot.blurBox':
    'Recuadro {number}: izquierda {left} %, arriba {top} %, {width} % de ancho, {height} % de alto',
  'shot.blurring': 'Tapando esa parte…',
  'shot.blurred': 'Esa parte quedó tapada.',
  'shot.drop': 'No enviar la foto',
  'shot.dropped': 'No se enviará ninguna foto.',
  'shot.take': 'Agregar una foto de mi pantalla',
  'shot.none': 'No se pudo tomar la foto. Igual puedes enviar tu pedido.',

  'send.heading': 'Lo que se va a enviar',
  'send.thumbAlt': 'Copia pequeña de la foto que se va a enviar',
  'send.withPicture':
    'Lo que escribiste arriba, esta foto y los datos de esta computadora (sistema y partes).',
  'send.withoutPicture':
    'Lo que escribiste arriba y los datos de esta computadora (sistema y partes). Sin foto.',
  'send.blurredParts': 'Recuadros punteados: las partes que tapaste.',
  'send.change': 'Cambiar la foto',

  'status.saved': 'Guardado: se enviará cuando vuelva la red de la escuela',
  'status.sending': 'Enviando…',
  'status.busy':
    'La ayuda de la escuela está ocupada. Tu pedido está guardado y se envía en un minuto.',
  'status.withdrawn':
    'Guardado en esta computadora, pero no se puede enviar: se retiró la inscripción de esta computadora. Pídele al coordinador de informática que la inscriba de nuevo.',
  'status.outdated':
    'Guardado en esta computadora, pero no se puede enviar hasta que Handraise se actualice. Pídele al coordinador de informática que lo actualice.',
  'status.untrusted':
    'Guardado en esta computadora, pero no se envió: el certificado del servidor de la escuela cambió y esta computadora no confía en él. Pídele al coordinador de informática.',
  'status.new': '¡Enviado! Alguien lo va a ver muy pronto.',
  'status.claimed': '{name} te está ayudando.',
  'status.escalated': 'El coordinador de informática te va a ayudar con esto.',
  'status.resolved': '{name} cree que ya está arreglado. ¿Es así?',
  'status.closed': '¡Listo! Gracias.',
  'status.refused': 'No se pudo enviar este pedido. Avísale a tu maestro.',

  'request.heading': 'Tu pedido',
  'request.statusLabel': 'Estado',
  'request.noText': '(sin palabras)',
  'request.sentAt': 'Pedido a las {time}',
  'request.withPicture': 'Con una foto de la pantalla',
  'request.conversation': 'Mensajes',
  'request.you': 'Tú',
  'request.pending': 'enviando…',
  'request.askAgain': 'Pedir ayuda con otra cosa',
  'request.number': 'Pedido {number}',
  'request.noNumber':
    'Todavía no llegó a la ayuda de la escuela, así que no tiene número. Lo recibe al llegar.',
  'request.urgent': 'Dijiste que tu clase está detenida.',
  'coming.helper': '{name} viene en camino.',
  'coming.coordinator': 'Lo tiene el coordinador de informática.',
  'coming.onDuty': 'De turno para esta computadora ahora: {names}.',
  'coming.nobody': 'Ahora no hay nadie de turno, así que va al coordinador de informática.',
  'coming.person': '{name} ({role})',
  'coming.role.advisor': 'Tech Advisor',
  'coming.role.coordinator': 'coordinador de informática',
  'coming.fallbackHeading': 'Si no puede esperar',
  'message.claimed': '{name} te está ayudando.',
  'message.fixed': 'Dijiste que ya está arreglado.',
  'message.stillBroken': 'Dijiste que todavía no funciona.',
  'message.resolved': '{name} cree que ya está arreglado.',
  'message.escalated': 'Se lo pasaron al coordinador de informática.',
  'message.stateChanged': 'El pedido cambió.',
  'message.incident':
    'Otras personas de esta sala pidieron ayuda por lo mismo. Ya lo sabemos y alguien se está ocupando.',
  'helper.someone': 'Alguien que ayuda',
  'reply.label': 'Responder',
  'reply.send': 'Enviar respuesta',
  'feedback.question': '¿Ya funciona?',
  'feedback.fixed': 'Arreglado',
  'feedback.stillBroken': 'Todavía no funciona',
  'feedback.thanks': 'Gracias por avisarnos.',

  'requests.heading': 'Mis pedidos',
  'requests.empty': 'Todavía no pediste ayuda.',
  'requests.open': 'Abrir',

  'about.heading': 'Esta computadora',
  'about.name': 'Nombre de la computadora',
  'about.site': 'Sede',
  'about.room': 'Salón',
  'about.seat': 'Puesto',
  'about.roomUnknown': 'Sin asignar',
  'about.hub': 'Servidor de ayuda de la escuela',
  'about.notEnrolled': 'Todavía no está configurada. Pregúntale al coordinador de informática.',
  'about.version': 'Versión de Handraise',
  'about.collectedHeading': 'Lo que Handraise envía a la escuela, y quién lo puede ver',
  'about.collected.system': 'Qué sistema usa la computadora (Windows, macOS o Linux) y su versión.',
  'about.collected.hardware':
    'Las partes de la computadora: marca, modelo, números de serie, memoria, discos, batería, pantallas, impresoras y tarjetas de red.',
  'about.collected.software': 'Qué programas tiene instalados.',
  'about.collected.updates':
    'Qué actualizaciones esperan, y las actualizaciones del sistema ya instaladas.',
  'about.collected.state':
    'Cómo está la computadora ahora: cuándo se encendió, quién tiene la sesión abierta, sus direcciones de red y el nombre del Wi-Fi, y si el antivirus y el firewall están activos.',
  'about.collected.requests':
    'Lo que escribes cuando pides ayuda, el nombre que escribes, los datos de la computadora en ese momento, y la foto de tu pantalla solo si la envías.',
  'about.collected.live':
    'Solo mientras alguien que ayuda la mira: cuánto se usan el procesador y la memoria, y qué programas están abiertos.',
  'about.collected.cost': 'Cuánto de la computadora usa el propio Handraise.',
  'about.seenBy.system':
    'Lo ven el coordinador de informática y los Tech Advisors docentes de este salón. Un Tech Advisor estudiante lo ve solo mientras ayuda con un pedido de esta computadora.',
  'about.seenBy.hardware':
    'Lo ven el coordinador de informática y los Tech Advisors docentes de este salón. Un Tech Advisor estudiante lo ve solo mientras ayuda con un pedido de esta computadora, y nunca los números de serie ni las direcciones de las tarjetas de red.',
  'about.seenBy.software':
    'Lo ven el coordinador de informática y los Tech Advisors docentes de este salón. Un Tech Advisor estudiante lo ve solo si la escuela lo permite, mientras ayuda con un pedido de esta computadora.',
  'about.seenBy.updates':
    'Lo ven el coordinador de informática y los Tech Advisors docentes de este salón. Un Tech Advisor estudiante lo ve solo si la escuela lo permite, mientras ayuda con un pedido de esta computadora.',
  'about.seenBy.state':
    'Lo ven el coordinador de informática y los Tech Advisors docentes de este salón. Un Tech Advisor estudiante lo ve solo mientras ayuda con un pedido de esta computadora, y nunca quién tiene la sesión abierta.',
  'about.seenBy.requests':
    'Lo ven el coordinador de informática y los Tech Advisors que ayudan en este salón (o a quienes el coordinador pide ayuda). Un Tech Advisor estudiante ve la foto y los datos de la computadora solo mientras ayuda con tu pedido. La foto y los datos se borran un tiempo después de que tu pedido termina (30 días, salvo que la escuela elija otro plazo).',
  'about.seenBy.live': 'Lo ve solo quien está mirando. Esta ventana te dice quién es.',
  'about.seenBy.cost': 'Lo ve el coordinador de informática.',
  'about.every': 'Revisa la computadora cada {hours} horas.',
  'about.neverHeading': 'Lo que Handraise nunca revisa',
  'about.never':
    'Tus archivos, tus contraseñas, las páginas que visitas ni tu pantalla cuando no estás pidiendo ayuda.',
  'about.looksHeading': 'Quién revisó esta computadora',
  'about.looksNone': 'Nadie ha revisado los datos de esta computadora ni una foto de su pantalla.',
  'about.looksUnavailable':
    'La lista la guarda el servidor de ayuda de la escuela: aparece aquí mientras la computadora está conectada.',
  'about.look.details': '{who} ({as}) revisó los datos de esta computadora el {time}',
  'about.look.screenshot': '{who} ({as}) vio la foto de tu pantalla el {time}',
  'about.look.live':
    '{who} ({as}) vio en vivo el uso de esta computadora (procesador, memoria, programas abiertos) el {time}',
  'about.look.for': 'por tu pedido sobre: {category}',
  'about.as.coordinator': 'coordinador de informática',
  'about.as.student': 'Tech Advisor',
  'about.as.teacher': 'Tech Advisor, docente',

  'tray.ask': 'Pedir ayuda…',
  'tray.requests': 'Mis pedidos',
  'tray.about': 'Acerca de esta computadora',
  'tray.quit': 'Salir de Handraise',
  'tray.tooltip.connected': 'Handraise: conectada a la ayuda de la escuela',
  'tray.tooltip.offline': 'Handraise: sin conexión',
  'tray.tooltip.offline-queued': 'Handraise: sin conexión, tu pedido está guardado',
  'tray.tooltip.request-open': 'Handraise: tu pedido está abierto',
  'tray.tooltip.new-reply': 'Handraise: alguien te escribió',
  'tray.tooltip.watched': 'Handraise: {names} está viendo en vivo el uso de esta computadora',
  'live.watching.one':
    '{names} está viendo en vivo el uso de esta computadora: procesador, memoria y programas abiertos.',
  'live.watching.many':
    '{names} están viendo en vivo el uso de esta computadora: procesador, memoria y programas abiertos.',
  'live.watching.limits': 'Nadie puede ver tu pantalla ni manejar esta computadora.',

  'notify.message': '{name} te escribió',
  'notify.claimed': '{name} te está ayudando',
  'notify.resolved': '{name} cree que ya está arreglado. ¿Es así?',
  'notify.news': 'Hay novedades sobre tu pedido',
  'notify.open': 'Haz clic para ver tus pedidos.',
};
