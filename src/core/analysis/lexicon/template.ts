import type { Cue } from '../cues';
import { r, W } from './shared';

/*
 * Generic template: text that could go unchanged to anyone. Points as in cues.ts. "Would love to connect"
 * and "hope you're well" are what friends write too, so they are 1 and count only with other stock phrases;
 * "I came across your profile" says nothing about the person by construction, so it is 3.
 */

/**
 * LinkedIn's own default invitation text (and its older forms), in the languages LinkedIn ships: sending it
 * is sending no note at all.
 */
export const DEFAULT_INVITATION: readonly Cue[] = [
  [3, r`i'?d like to (?:add you to|invite you to join) my professional network(?: on linkedin)?|i would like to add you to my professional network(?: on linkedin)?`],
  [3, r`(?:me gustaria|quisiera|quiero) (?:anadirte|agregarte|anadirle|agregarle|anadirlo|agregarlo|anadirla|agregarla) a mi red(?: profesional| de contactos)?(?: (?:en|de) linkedin)?`],
  [3, r`gostaria de (?:adiciona-l[oa]|adicionar (?:voce|te)|te adicionar) (?:a|na|em) minha rede(?: profissional)?(?: (?:no|do) linkedin)?`],
  [3, r`(?:j'aimerais|je souhaiterais|je voudrais|je souhaite) vous (?:ajouter a|inviter a rejoindre|ajouter dans) mon reseau(?: professionnel)?(?: (?:sur|de) linkedin)?`],
];

export const TEMPLATE: readonly Cue[] = [
  // Openers that say nothing about the person.
  [3, r`came across your (?:${W}){0,2}profile(?! (?:picture|photo|pic|banner|update))|(?:found|saw|stumbled (?:up)?on|was (?:looking at|browsing|checking out)|checked out|noticed|viewed|visited|reviewed) your (?:${W})?profile(?! (?:picture|photo|pic|banner|update))`],
  [3, r`your profile (?:really |immediately |just |truly )?(?:stood out|caught my (?:eye|attention)|resonated|is (?:amazing|impressive|incredible|great|fascinating|remarkable|interesting)|impressed me|popped up)`],
  [3, r`(?:vi|he visto|encontre|me tope con|revisando|al revisar|al ver|navegando por|me encontre con) (?:tu|su) perfil|(?:tu|su) perfil (?:me )?(?:llamo|parecio|resulto|destaca|capto)`],
  [3, r`(?:vi|encontrei|me deparei com|olhando) (?:o )?seu perfil|seu perfil (?:me )?chamou`],
  [3, r`(?:j'ai vu|je suis tombee? sur|en parcourant|j'ai decouvert|j'ai consulte) (?:votre|ton) profil|(?:votre|ton) profil (?:m'a|a) (?:interpelle|attire|retenu)`],
  [3, r`(?:hope|trust) (?:this|my) (?:${W})?(?:finds|reaches) you|hope this finds you|espero que (?:este|mi) (?:mensaje|correo|email) (?:te|le) encuentre|espero que esta mensagem (?:te|o|a) encontre|j'espere que (?:ce|mon) message vous trouve`],
  [3, r`(?:dear|estimad[oa]) (?:sir|madam|sir or madam|sir/madam|hiring manager|recruiter|friend|colleague|connection)|to whom it may concern|a quien corresponda|a quien pueda interesar`],
  [2, r`impressed (?:by|with) your (?:${W})?(?:background|profile|experience|journey|achievements|career|trajectory|accomplishments)|(?:impressive|amazing|incredible|inspiring|remarkable|stellar|fascinating) (?:background|profile|journey|career|trajectory)`],
  [2, r`(?:i )?wanted to reach out|(?:i'?m|i am) reaching out (?:because|to|as|since)|just had to reach out|(?:couldn'?t|could not) help but reach out|(?:don'?t|do not) mind me reaching out|reaching out to (?:connect|introduce)|je me permets de vous contacter`],
  [2, r`(?:i'?ve|i have) been (?:following|admiring|watching) your (?:journey|work|career|content|posts|progress|success)`],
  [2, r`pick your brain`],
  [2, r`mutually beneficial|beneficio mutuo|mutuamente beneficios[ao]|mutuamente benefic[ao]|mutuellement (?:benefique|avantageu)\w*|synerg(?:y|ies|ia|ias|ie)|sinergias?`],
  [2, r`thought leaders?|(?:leaders|professionals|people|experts|innovators|someone) like (?:you|yourself)|(?:profesionales|personas|lideres) como (?:tu|usted)|profissionais como voce|professionnels comme vous`],
  [2, r`explore (?:potential |possible |new |some )?(?:opportunities|synergies|collaborations?|ways to (?:collaborate|work together)|partnerships?)|potential (?:synergies|collaborations?|opportunities|partnerships?)|explorar (?:posibles |nuevas )?(?:oportunidades|sinergias|colaboraciones)`],
  [2, r`thought it would be (?:great|good|nice) to connect|add you to my network|join my network|(?:expand|expanding|grow|growing|broaden) my (?:professional )?network|(?:ampliar|expandir) (?:mi|minha) red|ampliar minha rede|(?:elargir|agrandir) mon reseau`],

  // What friends write too: only counts together with the above, or with a draft that is about no one.
  [1, r`(?:would|i'?d) love to (?:connect|network)|(?:would be )?(?:great|nice|good) to connect|let'?s (?:definitely )?connect|(?:hoping|happy|glad) to connect|look(?:ing)? forward to connecting|me encantaria conectar|(?:seria|es) un (?:placer|gusto) conectar|me gustaria conectar (?:contigo|con usted)|gostaria de (?:me )?conectar|je serais ravie? de (?:me )?connecter`],
  [1, r`(?:would|i'?d) love to (?:learn from|hear about) your (?:experience|journey|story)|learn from your experience|share (?:experiences|best practices)|intercambiar experiencias`],
  [1, r`(?:i )?hope you(?:'re| are) (?:having a (?:great|good|wonderful) (?:week|day)|doing (?:well|great|good))|hope (?:your|the) week is going well|hope all is well|espero que (?:estes|este|te encuentres|se encuentre|todo este|todo vaya) (?:muy )?bien|espero que (?:estejas|esteja) bem|j'espere que (?:vous allez|tu vas) bien`],
  [1, r`quick question|(?:i )?noticed (?:that )?(?:you'?re|you are|we'?re|we are) (?:a|an|both|also|in|at)|we'?re both in|fellow (?:${W})?here`],
  [1, r`(?:hi|hello|hey|hola|ola|bonjour|salut) there|greetings`],
  [1, r`(?:truly|really|so|genuinely) (?:inspired|impressed) by|(?:share|have) (?:similar|common|the same) (?:professional )?(?:values|interests)|(?:tenemos|compartimos) (?:intereses|valores) (?:en comun|similares)`],
];
