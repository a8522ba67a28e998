import type { Cue } from '../cues';
import { MINUTES, N, r, W } from './shared';

/*
 * Sales pitch: selling, or booking a meeting/demo about the sender's product or service, in English, Spanish,
 * Portuguese and French. Points as in cues.ts: 3 alone is a pitch, 2 needs one more hint, 1 only counts with
 * others. Words that ordinary notes use too ("demo", "webinar", "our app", "our clients", "15 minutes",
 * "we cut our build time by 40%") are 1 or 2, so "loved your demo at the meetup" stays a personal note;
 * phrases hardly anyone but a seller writes ("free trial", "I help companies like yours", a booking link) are 3.
 *
 * Order matters where two entries can start at the same word: the regex tries them in order, so the longer,
 * stronger phrase ("mini demo", "franchise ownership") comes before the bare word ("demo", "franchise").
 */

/** Who a seller says they serve: "I help [B2B founders]…". */
const AUDIENCE = r`(?:companies|businesses|brands|teams|professionals|founders|ceos|ctos|cfos|leaders|executives|startups|agencies|firms|organi[sz]ations|clients|marketers|recruiters|coaches|entrepreneurs|smbs|people like you|empresas|negocios|marcas|equipos|equipes|times|profesionales|profissionais|professionnels|emprendedores|empreendedores|pymes|pme|clientes|directivos|dirigeants|lideres|organizaciones|agencias|entreprises|societes|independants)`;

/** What a business reports to sell itself. */
const METRIC = r`(?:conversions?|conversion rates?|conversiones|conversao|conversoes|revenue|sales|ventas|vendas|ventes|leads|roi|roas|productivity|productividad|produtividade|productivite|time savings|savings|ahorro|tiempo|tempo|temps|ops time|engagement|retention|pipeline|ctr|aov|mrr|arr|growth|crecimiento|crescimento|efficiency|eficiencia|costs?|costos?|custos?|couts?|ingresos|receita|facturacion|chiffre d'affaires|margin|margen|margem)`;

/** The seller's own offering: "our platform", "nuestra IA", "nos services". */
const OFFERING = r`(?:platform|plataforma|plateforme|solutions?|solucion|soluciones|solucao|solucoes|products?|productos?|produtos?|produits?|services|servicios|servicos|tools?|herramientas?|ferramentas?|outils?|software|app|ai|ia|agency|agencia|agence|offers?|ofertas?|offres?|programs?|programas?|programmes?|courses?|cursos?|formations?|systems?|sistemas?|suite|api|saas|technology|tecnologia|technologie|consultancy|consultoria|methods?|metodos?|methodes?)`;

/** Verbs of a claimed improvement. */
const IMPROVE = r`(?:increase|increased|increasing|boost|boosted|grow|grew|double|doubled|triple|tripled|cut|reduce|reduced|save|saved|saving|improve|improved|drive|drove|generate|generated|aumentar|aumentamos|aumentaron|incrementar|duplicar|reducir|reducimos|ahorrar|mejorar|dobrar|reduzir|economizar|augmenter|reduire|doubler)`;

export const PITCH: readonly Cue[] = [
  // Free offers, trials, discounts, prices.
  [3, r`free (?:trial|consultation|audit|assessment|analysis|report|quote|estimate|account|strategy (?:call|session)|discovery call|demo|training|workshop|masterclass|webinar|e-?book|guide|checklist)`],
  [3, r`${N}[ -]?days? (?:free )?trial|trial (?:gratis|gratuito|gratuita)`],
  [3, r`(?:prueba|periodo de prueba|demo|consulta|asesoria|auditoria|sesion|diagnostico|llamada|mentoria|informe|presupuesto|analisis|cotizacion|teste|avaliacao|consultoria|demonstracao|aula|orcamento|analise) (?:gratis|gratuita|gratuito)|prueba (?:de )?${N} dias|${N} dias (?:gratis|gratuitos)`],
  [3, r`(?:essai|audit|diagnostic|appel|rendez-vous|webinaire|devis) gratuit|(?:consultation|demo|formation|seance) gratuite`],
  [3, r`complimentary (?:review|consultation|audit|session|assessment|call|demo)s?`],
  [2, r`no (?:credit )?card(?: required| needed)?|sin tarjeta(?: de credito)?|sem cartao|sans carte(?: bancaire)?`],
  [2, r`at no (?:cost|charge)|free of charge|sin (?:ningun )?(?:coste|costo|cargo)|sem (?:custo|compromisso de pagamento)|sans frais|gratuitement`],
  [3, r`(?:special|exclusive|limited[- ]time|introductory) (?:offer|price|pricing|discount|deal|rate)|oferta (?:especial|exclusiva|limitada|de lanzamiento)|precio especial|offre (?:speciale|exclusive|limitee)|promocao (?:especial|exclusiva)`],
  [2, r`${N} ?% (?:off|discount|de descuento|de desconto|de remise|de reduction)|discounts?|descuentos?|descontos?|promo code|coupon|cupon|codigo (?:promocional|de descuento)|code promo`],
  [3, r`(?:our|my) (?:pricing|prices|rates|packages)|(?:nuestros|mis) (?:precios|paquetes)|(?:nuestras|mis) tarifas|(?:nossos|meus) precos|nos tarifs`],
  [3, r`(?:conocer|ofrecer(?:te|le)?|presentar(?:te|le)?|contratar) nuestros servicios|nuestros servicios de|(?:offer|present|introduce) (?:you )?our services|our services (?:include|can)|(?:conhecer|oferecer) (?:os )?nossos servicos|(?:decouvrir|presenter) nos services`],
  [1, r`[$€£] ?${N}(?: ?(?:k|m|mm|bn|million|millones|mil))?|${N} ?(?:€|eur|euros|usd|dolares|dollars|reais)`],
  [2, r`[$€£] ?${N}(?:-${N})?\+? ?(?:/ ?|per |an? |la |por )(?:hr|hour|h|hora|heure)`],
  [3, r`paid (?:consultation|call|survey|expert (?:call|session|consultation))s?|(?:consulta|llamada) remunerada`],
  [2, r`competitive (?:rates|compensation|pay)|(?:great|attractive) comp(?:ensation)?|(?:equity|comp|salary) (?:package|range)`],

  // Booking: links and phrases only a seller's process uses.
  [3, r`book (?:a |an |in )?(?:quick |short |brief |free |${MINUTES} |intro |discovery )*(?:call|chat|meeting|demo|zoom|time|slot)(?! room| table| flight)`],
  [3, r`discovery (?:call|session|meeting)|strategy call|exploratory call`],
  [3, r`(?:calendly\.com|cal\.com|savvycal\.com|meetings\.hubspot\.com|hubspot\.com/meetings|chilipiper\.com|zcal\.co|tidycal\.com|youcanbook\.me|acuityscheduling\.com|calendar\.app\.google|koalendar\.com|oncehub\.com|doodle\.com/bp)(?:/[^\s)]*)?`],
  [3, r`here'?s my (?:calendar|calendly|booking link)|(?:grab|book|pick) (?:a )?(?:time|slot) (?:on|in|from) my calendar|calendar link|booking link|mi (?:calendario|agenda) (?:aqui|es)|link (?:de|a) mi (?:calendario|agenda)`],
  [3, r`agend(?:ar|amos|emos|o|e|a|ame)(?: una| un)?(?: breve| rapida| corta| pequena)? (?:llamada|reunion|videollamada|demo|sesion|call|zoom|meet)`],
  [3, r`(?:agendar|marcar|marcamos|agendamos)(?: uma| um)? (?:reuniao|chamada|call|conversa|demo|papo|bate-papo|horario)|topa uma (?:demo|call|conversa|reuniao)`],
  [3, r`(?:quick|short|free|live|mini|personali[sz]ed|recorded|custom|tailored|${MINUTES}|rapida|breve|corta|grabada|personalizada|gratuita) ?-?demos?|demos? (?:de |of )?${MINUTES}|demos? (?:call|session|en vivo|ao vivo|grabada|personalizada|gratuita|rapida|reales?)|(?:book|schedule|see|get|request|watch|set up) a (?:quick |short |free |live )?demo|(?:agend\w*|reserv\w*|te muestro|mostrarte|ver|veas)(?: una| la| un)? (?:mini )?demo|(?:une|uma) demo`],
  [1, r`demos?|demonstra(?:cao|tion)`],

  // Webinars, lead magnets, "shall I send it?".
  [2, r`webinars?|webinarios?|webinaires?|masterclass|live training|taller (?:gratuito|online|practico)`],
  [2, r`(?:save|reserve|hold) (?:you )?(?:a |your )?(?:spot|seat|place)|te (?:reservo|apunto|anoto)|(?:reservarte|reservo|reservar) (?:un |tu |una )?(?:lugar|plaza|cupo)|reservo (?:sua|a sua|uma) vaga|reserver (?:votre|ta) place`],
  [3, r`(?:few|limited|only ${N}) (?:seats|spots|places) (?:left|available|remaining)|quedan pocos? (?:cupos|plazas|lugares)|(?:poucas|ultimas) vagas|places limitees|plazas limitadas|cupos limitados`],
  [2, r`lead magnet|case stud(?:y|ies)|caso de exito|casos de exito|estudio de caso|estudo de caso|etude de cas|white ?paper|livre blanc|one-pager|1-page summary|resumen (?:de )?1-pagina|resumo de 1 pagina|forwardable|mini-recurso|mini-resource`],
  [2, r`(?:shall|can|should|may) i send (?:it|you|the|a|over)|want me to (?:send|share)|(?:want|would you like) (?:the|a) (?:quick |free |short )?(?:link|invite|copy|access|resource|guide|example)|want (?:it|in)\?|(?:want|get) the (?:quick |free |short )?(?:link|invite|resource|guide)|¿te (?:lo|la|los|las) (?:envio|mando|paso|comparto)|te (?:lo|la|los|las) (?:envio|mando|paso|comparto)\?|¿?te paso (?:el )?(?:acceso|enlace|link)|(?:posso|quer que eu) (?:te )?(?:enviar|mandar)|envio o convite|je (?:vous|t')envoie`],
  [2, r`te (?:comparto|envio|mando|paso) (?:el|la|un|una|mi) (?:${W}){0,2}(?:enlace|link|acceso|recurso|ejemplo|invitacion|guia|paso a paso|plantilla|presentacion|propuesta)`],
  [1, r`(?:tengo|prepare|he preparado|preparamos|hemos preparado|i have|i've got|i put together|i made|i created|i've put together|we put together|j'ai prepare) (?:un |una |a |an )?(?:${W}){0,2}(?:recurso|guia|plantilla|checklist|resource|guide|template|playbook|framework|e-?book|mini-curso|curso|course|guide pratique)`],
  [2, r`(?:an? |un |um )?(?:real |quick |concrete |live )?(?:example|ejemplo|exemplo|exemple) (?:using|with|for|on|con|usando|para|avec) (?:your|tu|su|sua|seu|vos|votre)`],
  [1, r`(?:<|under |less than |menos de |en menos de )${N} ?min(?:utos?|utes?|s)?|accionables?|actionable|actionnables?`],
  [2, r`(?:reply|respond|just say|dime|responde|responda|contesta|escribe|reponds|repondez) ["“«']?[a-z]+["”»']? (?:and|y|e|et) (?:i'?ll|te|le|je)`],
  [2, r`closing the loop|(?:this is my|my) last (?:follow-up|message|email)|cierro (?:el )?hilo|(?:para|to) no (?:saturarte|molestarte|spamearte)|not to (?:spam|bother|flood) you`],
  [1, r`(?:are you|would you be) (?:at all )?interested|interested\?|¿?(?:te|le) interesa\?|tem interesse\?|ca vous interesse`],

  // "I help companies like yours", "our platform", "our clients see +40%".
  [3, r`(?:i|we|i'?m|we'?re|i am|we are) (?:help|support|assist|helping|supporting) (?:${W}){0,3}${AUDIENCE}`],
  [2, r`(?:i|we) (?:work|partner) (?:exclusively |closely |mostly )?with (?:${W}){0,3}${AUDIENCE}|i speciali[sz]e in (?:helping|working with)`],
  [3, r`(?:ayudo|ayudamos|acompano|acompanamos|asesoro|asesoramos|ajudo|ajudamos|apoio|apoiamos|j'aide|nous aidons|j'accompagne|nous accompagnons) (?:a |as |aos |les )?(?:${W}){0,3}${AUDIENCE}`],
  [2, r`(?:trabajo|trabajamos|trabalho|trabalhamos|je travaille|nous travaillons) (?:con|com|avec) (?:${W}){0,3}${AUDIENCE}`],
  [3, r`(?:companies|businesses|teams|brands|organi[sz]ations|firms|startups|agencies) like (?:yours|you)|(?:empresas|negocios|marcas|equipos) como (?:la tuya|el tuyo|la suya|el suyo|la vuestra)|(?:empresas|equipes|marcas) como a (?:sua|tua)|(?:entreprises|societes|equipes) comme la votre`],
  [2, r`(?:our|nuestr[ao]s?|noss[ao]s?|notre) (?:${W}){0,2}${OFFERING}|nos (?:services|offres|solutions|produits|outils|formations)`],
  [2, r`(?:our|my|nuestros|mis|nossos|meus|nos|mes) (?:clients|customers|clientes)|(?:a|one of our|my|our) (?:${W}){0,2}client (?:in|interested|who|that|needs|is looking|would like|wants)|clients? (?:are |is )?(?:see|seeing|saw|get|getting|report|achieve|ven|vieron|logran|lograron|obtienen|veem|voient)`],
  [2, r`[+-]?${N}(?:-${N})? ?% (?:${W}){0,2}${METRIC}|${N} ?x (?:roi|roas|revenue|returns?|pipeline|leads|your|more|faster|growth|ingresos|ventas|de roi)|(?:roi|roas) (?:of |de )?${N}`],
  [3, r`(?:help|helps|helped|helping|ayuda|ayudan|ayudamos|ajuda|ajudamos|aide|aidons) (?:${W}){0,3}${IMPROVE} (?:${W}){0,4}(?:by |up to |en un |hasta |ate |jusqu'a )?${N} ?(?:%|x)`],
  [2, r`${IMPROVE} (?:${W}){0,4}(?:by |up to |en un |hasta |ate |jusqu'a )?${N} ?(?:%|x)`],
  [2, r`(?:save|saves|saving|ahorra|ahorrar|ahorro|ahorran|economiza|economizar|gagnez|gagner|liberan|liberam|free up|frees|reduce|reducir|bajar|bajarlas|cut) (?:${W}){0,3}${N}(?:-${N})? ?(?:h|hrs?|hours?|horas?|heures?)(?![a-z])|${N}(?:-${N})? ?h(?:rs|ours)?/(?:week|wk|sem|semana|semaine|month|mes)`],
  [1, r`in (?:minutes|seconds)|en (?:minutos|segundos|quelques minutes)|em minutos`],
  [3, r`helped (?:over |more than )?(?:${N}\+?|dozens of|hundreds of)|(?:i'?ve|i have|we'?ve|we have) (?:already )?helped (?:many|countless|numerous) (?:${W}){0,2}${AUDIENCE}|(?:he|hemos) ayudado a (?:mas de )?(?:${N}|decenas|cientos)|ajudamos mais de|j'ai (?:deja )?aide (?:plus de )?${N}`],

  // Sales tells: disclaimers, qualifying, "how we can help".
  [2, r`not a (?:sales )?pitch|no (?:sales )?pitch|not (?:pitching|selling) (?:anything|you)|no hard sell|no strings attached|no obligation|no commitment|cero venta|sin compromiso|sin ningun compromiso|sem compromisso|sans engagement|sans obligation`],
  [1, r`no pressure|sin presion|sem pressao`],
  [2, r`(?:see|find out|explore) (?:if|whether) (?:there'?s|there is|it'?s|we'?re) (?:a )?(?:fit|match|good fit)|if there'?s a fit|is there a fit|makes sense for you|worth a (?:quick )?(?:call|chat|conversation)|worth (?:a|the) conversation|ver si encaja|(?:tiene|tendria) sentido para (?:ti|vos|ustedes)`],
  [3, r`(?:are you|is this|would you be) the right person (?:to (?:talk|speak) to|to contact|for|in charge)|who (?:should|would) i (?:reach out|talk|speak) to|if not,? who (?:should|would|is)|(?:eres|es usted|serias?) la persona (?:adecuada|indicada|correcta) (?:para hablar|con quien)|quien (?:es|seria) la persona (?:adecuada|indicada) (?:para|en)`],
  [2, r`how (?:we|our team) (?:can|could) help|how can we help|(?:we|i) could (?:really )?help (?:you|your (?:team|company|business))|como (?:podemos|podriamos) ayudar|(?:podemos|podriamos) ayudar(?:te|le|les)|(?:podemos|podemos te) ajudar|nous pouvons vous aider`],
  [2, r`(?:i'?d|i would) love to show you|let me show you|show you how|(?:me encantaria|quiero|quisiera) (?:mostrarte|ensenarte)|te (?:muestro|enseno) (?:como|en|una|un|${N})|mostrarte como|(?:posso|quero) (?:te )?mostrar|je (?:vous|te) montre`],
  [2, r`(?:could|can|will|would) save you (?:time|money|hours|thousands|a lot|\$)|(?:happy|glad) to (?:dig deeper|walk you through|go deeper|chat more|discuss (?:it|this|more)) (?:on|over|in) a (?:quick |short )?call`],
  [2, r`(?:services|solutions|software|testing|marketing|development|consulting|staffing|outsourcing|it|seo|design) (?:provider|vendor|agency|company|firm)|(?:proveedor|empresa|agencia) de (?:servicios|soluciones|software|marketing|desarrollo|consultoria)`],
  [2, r`(?:losing|lose|perder|perdiendo|perdendo|perdre|perdez) (?:${W}){0,2}(?:customers|clients|clientes|sales|ventas|vendas|ventes|leads|revenue|ingresos)|(?:if|in case) you (?:ever )?need (?:extra|additional|more|any) (?:developers|engineers|designers|talent|capacity|resources)`],
  [1, r`(?:be|am|are) (?:of service|at your service)|a (?:tu|su) (?:servicio|disposicion)`],
  [2, r`(?:your|tus|sus|seus|vos) (?:colleagues|peers|competitors|competidores|colegas|concurrents) (?:are |have been |already )?(?:working with|using|trabajando con|usando|utilisent)|(?:others|other (?:companies|teams|clients|founders)) (?:like you )?(?:achieved|got|saw|are seeing)|otros (?:${W})?(?:lograron|consiguieron|obtuvieron|han logrado)`],
  [1, r`(?:ai|ia)(?: [a-z]+)? (?:generates|creates|produces|writes|genera|crea|produce|gera|produz|cria|genere|cree)|to discuss (?:potential |possible )?(?:synergies|opportunities|a partnership|collaboration)`],
  [1, r`learn (?:more )?about your (?:business|company|needs|challenges|goals|priorities)`],
  [2, r`(?:know|conoces a|conoce a|conhece) (?:anyone|anybody|someone|somebody|alguien|alguem) (?:who|que) (?:needs?|necesite|necessite|busque|is looking for|could use)`],
  [2, r`lead gen(?:eration)?|generacion de (?:leads|prospectos)|geracao de leads|generation de leads|qualified leads|leads cualificados|more (?:leads|clients|customers|sales|revenue)|mas (?:clientes|ventas|leads)|mais (?:clientes|vendas|leads)|plus de (?:clients|ventes|leads)|(?:sales|marketing) pipeline|outbound|cold (?:outreach|email)|prospeccion|prospecting`],

  // Opportunities: income schemes, franchises, recruiting, crypto.
  [3, r`passive income|side income|extra income|additional income|ingresos (?:pasivos|extra|adicionales)|renda (?:passiva|extra)|revenus? (?:passifs?|complementaires?)|financial freedom|libertad financiera|liberdade financeira|liberte financiere|(?:se|ser) tu propio jefe|(?:seja|ser) seu proprio chefe|business opportunity|oportunidad de negocio|oportunidade de negocio`],
  [3, r`(?:earn|earning|make|making)\w* (?:money|income|\$|a living|more|extra|${N})[^.!?\n]{0,40}? from (?:home|my phone|your phone)|(?:gano|ganar|ganando) (?:dinero|${N}) desde casa`],
  [2, r`no experience (?:needed|required)|sin experiencia (?:previa )?necesaria`],
  [2, r`(?:amazing|exciting|incredible|fantastic|unique|exclusive|lucrative|huge) opportunit(?:y|ies)|(?:increible|gran|excelente|unica) oportunidad|(?:opportunity|opportunities|something) (?:that|which) (?:might|could|may) interest you|(?:would you be|are you) open to (?:learning more|hearing more|exploring|a (?:quick |short )?(?:call|chat|conversation))|algo que (?:te )?(?:podria|puede) interesar|(?:open|abiert[oa]) (?:to|a) (?:new |nuevas )?(?:opportunities|roles|oportunidades)`],
  [3, r`(?:franchise|business|investment|income) (?:owner|ownership|opportunit(?:y|ies))|diversif(?:y|ying) (?:your|their) income|(?:be|being) your own boss|unlock (?:your|their) (?:full )?potential`],
  [2, r`franchis(?:e|es|ing)|franquicias?`],
  [2, r`ground floor|early investors|get in early|token (?:sale|launch)|launching a token|diversif(?:y|ying) into`],
  [1, r`web3|blockchain|crypto(?:currency|currencies)?|nfts?|defi`],
  [1, r`seed round|raising (?:a|our) (?:seed|round)|looking for (?:investors|advisors)`],
  [1, r`(?:something|platform|product|solution|tool) (?:revolutionary|game-changing|disruptive)|revolutioni[sz]e|(?:revolutionary|game-changing|disruptive) (?:platform|product|solution|tool|technology|app)|disrupt the`],
  [2, r`your (?:background|experience|profile|skills|skill set) (?:is|are|would be|looks like|seems like) (?:a |an )?(?:exactly what|(?:perfect|great|ideal|excellent|strong) (?:fit|match))|you'?d (?:be|make) (?:a|an) (?:perfect|great|excellent|ideal) (?:fit|candidate|franchise owner|advisor)`],
  [2, r`(?:i'?m|i am|we'?re|we are) (?:currently )?(?:recruiting|hiring) for|(?:position|role) (?:i'?m|i am|we'?re|we are) (?:filling|hiring for|recruiting for)|perfect fit for (?:a|this|an|the) (?:role|position)|fully remote|exactly what (?:my|our|the) client|(?:my|our|a) client (?:is looking|needs|wants)|my client'?s`],
];

/**
 * Asking for a call or a meeting. From someone the user already talks with this is ordinary ("do you have 10
 * minutes tomorrow?"); in a first message, before any relationship, it is the pitch the seeds warn about, and
 * judge() weighs it so.
 */
export const MEETING_ASK: readonly Cue[] = [
  [2, r`(?:schedule|set up|arrange|hop on|jump on|grab)(?: a| an)?(?: quick| short| brief| ${MINUTES}| intro(?:ductory)?| discovery| exploratory)* (?:call|chat|meeting|zoom|demo)`],
  [2, r`(?:quick|short|brief|intro(?:ductory)?|${MINUTES}) (?:call|chat|zoom|video ?call|meeting|demo|overview|conversation|walkthrough)`],
  [2, r`(?:do you have|would you have|have you got|got|can you spare|could you spare|spare|give me|(?:just|only) need) (?:${N}|a few|five|ten|fifteen|twenty|thirty) ?(?:min(?:ute)?s?)`],
  [2, r`${MINUTES} (?:of your time|this week|next week|to (?:chat|talk|discuss|connect|explore|compare notes|see if|walk you)|for a (?:call|chat))|would ${MINUTES} (?:be|work)|${MINUTES} (?:could|would|will) (?:save|help)|${MINUTES} ?\?`],
  [1, r`(?:let me know|lmk) if you (?:have|'?ve got)(?= (?:\d|a few|some|time))`],
  [2, r`how'?s your calendar|what does your (?:calendar|schedule) look like|(?:when'?s|when is|what'?s) a good time (?:for a|to) (?:call|chat|talk|connect|meet)|throw out a time|suggest a time|find a time that works`],
  [2, r`(?:una )?(?:llamada|reunion|videollamada|charla) (?:rapida|breve|corta|de ${MINUTES})|(?:tienes|tendrias|tenes|dispones de|me regalas|me das|tendria) (?:${N}|unos|cinco|diez|quince|veinte|treinta) ?(?:min(?:uto)?s?)`],
  [2, r`(?:uma )?(?:chamada|reuniao|conversa|call) (?:rapida|curta|de ${MINUTES})|(?:voce )?(?:tem|teria) (?:${N}|uns|cinco|dez|quinze|vinte|trinta) ?(?:min(?:uto)?s?)`],
  [2, r`(?:prendre|fixer|caler|planifier|organiser)(?: un| une)? (?:rendez-vous|rdv|creneau|appel|visio|demo|call)|(?:un )?(?:appel|echange|call|visio) (?:rapide|de ${MINUTES})|(?:auriez-vous|avez-vous|as-tu) ${MINUTES}`],
];
